package cn.heatdesk.policy.internal.web;

import cn.heatdesk.policy.domain.SeasonOverride;

/** An emergency-dispatch override and whether it is the one in force for its season (the newest wins, R-SEASON-3). */
record OverrideRow(SeasonOverride override, boolean inForce) {
}
