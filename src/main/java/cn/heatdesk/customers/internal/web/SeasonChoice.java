package cn.heatdesk.customers.internal.web;

import java.util.List;

import cn.heatdesk.policy.domain.SeasonDates;

/** A season a select offers, by its start year, with its name (2026-2027). */
record SeasonChoice(int startYear, String name) {

    static List<SeasonChoice> of(List<Integer> startYears) {
        return startYears.stream().map(y -> new SeasonChoice(y, SeasonDates.nameOf(y))).toList();
    }
}
