package cn.heatdesk.policy.domain;

/** R-RATE-3 / R-RATE-4: the indoor temperature owed to a unit's households. */
public enum UnitStandard {
    /** 卧室、起居室不低于 18℃. */
    STANDARD_18C,
    /** 按供用热协议执行. */
    AS_AGREED,
    /** 由供热企业决定是否供热. */
    COMPANY_DECIDES,
    /** The building does not meet the Article 22 conditions: R-RATE-3 owes nothing (R-RATE-4). */
    NOT_DETERMINED
}
