package cn.heatdesk.fieldservice.inspections.domain;

/** R-BUTLER-3: how a rectification notice reached the customer (送达方式). */
public enum DeliveryMethod {
    /** 当面送达, signed for. */
    IN_PERSON,
    /** 张贴于门上 (nobody at home). */
    POSTED_AT_DOOR,
    /** 交物业转交. */
    PROPERTY_MANAGEMENT,
    /** 邮寄. */
    MAIL
}
