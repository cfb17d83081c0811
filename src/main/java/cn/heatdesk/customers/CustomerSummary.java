package cn.heatdesk.customers;

import cn.heatdesk.policy.domain.CustomerKind;

/** One line of a search result or list; the phone is always masked here. */
public record CustomerSummary(long id, CustomerKind kind, String accountNumber, String ownerName, String maskedPhone,
                              String address, String areaName, String butlerNumber, HeatingStatus status) {
}
