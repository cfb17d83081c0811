package cn.heatdesk.appointments.domain;

import java.time.Instant;

/**
 * The one change of time or place an appointment allows (R-APPT-3), with the customer's consent and the notice
 * deadline of R-APPT-4: {@code noticeDue} is the latest moment the customer should have been told,
 * {@code late} whether the notice came after it (a breach, still recorded).
 */
public record AppointmentChange(Instant fromStart, String fromPlace, Instant toStart, String toPlace, Consent consent,
                                Instant noticeAt, Instant noticeDue, String noticePolicy, boolean late) {
}
