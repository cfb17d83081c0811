package cn.heatdesk.fieldservice.inspections.domain;

import java.util.Objects;

import cn.heatdesk.policy.domain.ResponsibleParty;

/**
 * R-BUTLER-3: where an inspection finding goes once the responsibility resolver (R-BOUND-3) has named
 * the party. The company's own facilities go into the repair and upgrade plan (维修技改计划); anything
 * the customer or the owners collectively own becomes a rectification notice (整改通知书) to them.
 */
public enum FindingRoute {
    REPAIR_PLAN,
    RECTIFICATION_NOTICE;

    public static FindingRoute of(ResponsibleParty party) {
        Objects.requireNonNull(party, "party");
        return switch (party) {
            case COMPANY -> REPAIR_PLAN;
            case CUSTOMER, OWNERS_COLLECTIVE -> RECTIFICATION_NOTICE;
        };
    }
}
