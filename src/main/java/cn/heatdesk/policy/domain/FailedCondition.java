package cn.heatdesk.policy.domain;

/** The three conditions of R-TEMP-1 (and of Article 22, R-RATE-3), in the order the text gives them. */
public enum FailedCondition {
    /** (a) 室外温度低于供热系统最低设计温度. */
    OUTDOOR_BELOW_DESIGN,
    /** (b) 建筑围护结构不符合当时采暖设计规范标准. */
    ENVELOPE_NOT_COMPLIANT,
    /** (c) 室内采暖系统未正常运行. */
    INDOOR_SYSTEM_FAULT
}
