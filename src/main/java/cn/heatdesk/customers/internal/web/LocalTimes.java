package cn.heatdesk.customers.internal.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import cn.heatdesk.policy.PolicyEngine;

/** Instants as the pages show them, in the company's zone: {@code ${@customerTime.of(at)}}. */
@Component("customerTime")
class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PolicyEngine policy;

    LocalTimes(PolicyEngine policy) {
        this.policy = policy;
    }

    public String of(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(policy.zone()));
    }
}
