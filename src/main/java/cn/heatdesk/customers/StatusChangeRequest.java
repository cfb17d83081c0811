package cn.heatdesk.customers;

/** A change of a customer's heating status for one season, with the reason (kept as history). */
public record StatusChangeRequest(Integer seasonStartYear, HeatingStatus status, String reason) {
}
