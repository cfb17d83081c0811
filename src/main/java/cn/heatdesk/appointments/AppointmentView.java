package cn.heatdesk.appointments;

import java.time.Instant;

import cn.heatdesk.appointments.domain.Appointment;

/**
 * An appointment as pages and the API show it: with the customer's name and address, the butler's name and, while
 * it can still be changed, the notice deadline for its agreed time (R-APPT-4).
 *
 * @param noticeDue    the latest moment to tell the customer of a change, null when there is no agreed time
 * @param noticePolicy the policy version that set it (document and article)
 * @param operating    whether the agreed time falls in the operating period (1 hour) or not (1 day)
 */
public record AppointmentView(Appointment appointment, String customerName, String customerAddress,
                              String accountNumber, String butlerName, Instant noticeDue, String noticePolicy,
                              boolean changeAllowed) {
}
