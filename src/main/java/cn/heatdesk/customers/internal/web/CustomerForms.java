package cn.heatdesk.customers.internal.web;

import java.util.List;

import cn.heatdesk.customers.HeatingRates;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.customers.StatusChangeRequest;

/** What the customer pages bind from a query string or a form post. */
final class CustomerForms {

    private CustomerForms() {
    }

    /**
     * The one search box (issue 3). {@code size} is how many results the caller shows: the header's
     * drop-down asks for a few, the search page for a page full.
     */
    record SearchForm(String q, Integer size) {

        static final int PAGE_SIZE = 50;

        String query() {
            return q == null ? "" : q.strip();
        }

        int limit() {
            return size == null ? PAGE_SIZE : Math.min(Math.max(size, 1), PAGE_SIZE);
        }

        /** The header's drop-down: fewer results, and a link to the page with all of them. */
        boolean compact() {
            return limit() < PAGE_SIZE;
        }
    }

    /** A change of a season's heating status with its reason (kept as history). */
    record StatusForm(Integer seasonStartYear, HeatingStatus status, String reason) {

        StatusChangeRequest toRequest() {
            return new StatusChangeRequest(seasonStartYear, status, reason);
        }
    }

    /** The heating-rate filters; an empty choice arrives as null and means "everything I may see". */
    record RateFilterForm(Integer season, Long branch, Long area, Long community) {

        HeatingRates.Filter toFilter() {
            return new HeatingRates.Filter(season, branch, area, community);
        }

        /**
         * Keeps only choices the viewer is offered and that fit together: after the branch changes, an
         * area of another branch (or its community) is dropped rather than giving an empty table.
         */
        RateFilterForm within(HeatingRates.FilterChoices choices) {
            Integer s = season != null && choices.seasons().contains(season) ? season : null;
            Long b = branch != null && choices.branches().stream().anyMatch(x -> x.id() == branch) ? branch : null;
            Organisation.Area a = area == null ? null : choices.areas().stream()
                    .filter(x -> x.id() == area && (b == null || x.branchId() == b)).findFirst().orElse(null);
            Organisation.Community c = community == null ? null : choices.communities().stream()
                    .filter(x -> x.id() == community && (a == null ? areaIn(choices, x.areaId(), b) : x.areaId() == a.id()))
                    .findFirst().orElse(null);
            return new RateFilterForm(s, b, a == null ? null : a.id(), c == null ? null : c.id());
        }

        private static boolean areaIn(HeatingRates.FilterChoices choices, long areaId, Long branch) {
            return branch == null
                    || choices.areas().stream().anyMatch(x -> x.id() == areaId && x.branchId() == branch);
        }

        /** The areas the area select offers: those of the chosen branch. */
        List<Organisation.Area> areasOf(HeatingRates.FilterChoices choices) {
            return choices.areas().stream().filter(x -> branch == null || x.branchId() == branch).toList();
        }

        /** The communities the community select offers: those of the chosen area, or of the chosen branch. */
        List<Organisation.Community> communitiesOf(HeatingRates.FilterChoices choices) {
            return choices.communities().stream()
                    .filter(x -> area != null ? x.areaId() == area : areaIn(choices, x.areaId(), branch))
                    .toList();
        }
    }
}
