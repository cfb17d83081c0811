package cn.heatdesk.workorders.domain;

import java.time.Instant;

/** R-SUP-1: the answer the first responder gave the customer. */
public record Reply(String by, Instant at, String text) {
}
