package cn.heatdesk.workorders.domain;

import java.time.Instant;

/** R-ANS-4: the customer was told the service is paid and agreed, recorded by whom and when. */
public record PaidServiceConsent(String recordedBy, Instant at) {
}
