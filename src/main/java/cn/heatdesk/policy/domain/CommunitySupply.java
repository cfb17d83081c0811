package cn.heatdesk.policy.domain;

/** R-RATE-2. */
public enum CommunitySupply {
    /** 总用热率达 25% 以上的建成小区, 供热企业应当进行供热. */
    SUPPLY_OBLIGATORY,
    /** 低于 25%: 由供热企业决定. */
    COMPANY_DECIDES
}
