package cn.heatdesk.policy.domain;

/** R-RATE-2..4: both rates with what follows from them, and the reason in Chinese. */
public record HeatingRateDecision(HeatingRate communityRate, CommunitySupply communitySupply,
                                  HeatingRate unitRate, UnitStandard unitStandard, String reason) {
}
