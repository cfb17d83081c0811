package cn.heatdesk.customers;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.internal.RateQueries;
import cn.heatdesk.policy.domain.CommunitySupply;
import cn.heatdesk.policy.domain.HeatingRate;
import cn.heatdesk.policy.domain.HeatingRatePolicy;
import cn.heatdesk.policy.domain.UnitStandard;
import cn.heatdesk.staff.StaffMember;

/**
 * 用热率 (R-RATE-1..4): households in service ÷ households, per community and per unit, for one season,
 * always with numerator and denominator, and what follows from each rate. The basis is households, as
 * the Shandong regulation counts (R-RATE-1).
 */
@Service
public class HeatingRates {

    private final RateQueries queries;
    private final CustomerFiles files;
    private final Organisation organisation;
    private final HeatingRatePolicy policy = new HeatingRatePolicy();

    HeatingRates(RateQueries queries, CustomerFiles files, Organisation organisation) {
        this.queries = queries;
        this.files = files;
        this.organisation = organisation;
    }

    /** Optional filters; null means "all the caller may see". */
    public record Filter(Integer seasonStartYear, Long branchId, Long areaId, Long communityId) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    public record CommunityRate(long communityId, String communityName, String areaName, String branchName,
                                HeatingRate rate, CommunitySupply supply) {
    }

    /**
     * A unit's rate and the standard owed to its households that have not signed an agreement; households
     * with a signed agreement follow it where R-RATE-3 says so.
     */
    public record UnitRate(long unitId, long communityId, String communityName, String buildingName, String unitName,
                           boolean article22ConditionsMet, HeatingRate rate, UnitStandard standard) {
    }

    /** What the filters may offer this viewer: only the branches, areas and communities in their scope (R-SYS-2). */
    public record FilterChoices(int currentSeason, List<Integer> seasons, List<Organisation.Branch> branches,
                                List<Organisation.Area> areas, List<Organisation.Community> communities) {
    }

    /** Seasons offered besides the current one: the next, and this many before it. */
    static final int PAST_SEASONS = 4;

    @Transactional(readOnly = true)
    public FilterChoices filterChoices(StaffMember viewer) {
        CustomerScope scope = files.scopeOf(viewer);
        int current = files.currentSeason();
        List<Integer> seasons = IntStream.rangeClosed(current - PAST_SEASONS, current + 1).boxed()
                .sorted(Comparator.reverseOrder()).toList();
        List<Organisation.Area> areas = organisation.areas().stream()
                .filter(a -> scope.covers(a.branchId(), a.id()))
                .toList();
        Set<Long> areaIds = areas.stream().map(Organisation.Area::id).collect(Collectors.toSet());
        Set<Long> branchIds = areas.stream().map(Organisation.Area::branchId).collect(Collectors.toSet());
        return new FilterChoices(current, seasons,
                organisation.branches().stream().filter(b -> branchIds.contains(b.id())).toList(), areas,
                organisation.communities().stream().filter(c -> areaIds.contains(c.areaId())).toList());
    }

    @Transactional(readOnly = true)
    public List<CommunityRate> communities(Filter filter, StaffMember viewer) {
        int season = season(filter);
        return queries.communityCounts(filter, season, files.scopeOf(viewer)).stream()
                .map(c -> {
                    HeatingRate rate = new HeatingRate(c.inService(), c.households());
                    return new CommunityRate(c.id(), c.name(), c.areaName(), c.branchName(), rate,
                            policy.communitySupply(rate));
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public List<UnitRate> units(Filter filter, StaffMember viewer) {
        int season = season(filter);
        return queries.unitCounts(filter, season, files.scopeOf(viewer)).stream()
                .map(u -> {
                    HeatingRate rate = new HeatingRate(u.inService(), u.households());
                    return new UnitRate(u.id(), u.communityId(), u.communityName(), u.buildingName(), u.unitName(),
                            u.article22(), rate, policy.unitStandard(rate, u.article22(), false));
                })
                .toList();
    }

    /** The season a filter asks for: its own, or the one staff work with today. */
    public int season(Filter filter) {
        return filter.seasonStartYear() != null ? filter.seasonStartYear() : files.currentSeason();
    }
}
