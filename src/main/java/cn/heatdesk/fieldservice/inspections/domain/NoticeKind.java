package cn.heatdesk.fieldservice.inspections.domain;

/** R-BUTLER-2: the notices a butler posts in each building. */
public enum NoticeKind {
    /** 注水通知. */
    WATER_FILLING,
    /** 缴费通知. */
    PAYMENT
}
