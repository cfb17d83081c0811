package cn.heatdesk.notification;

import java.time.Instant;

/**
 * R-NOTIFY-6: a complaint that one-time notification was not given was found true. The assessment module listens
 * and records it against the clerk and the unit (R-SUP-6).
 *
 * @param customerId    the complaining customer, or null when not a known customer
 * @param noticeNumber  the notice concerned, or null
 * @param itemCode      the business item concerned
 * @param staffUsername the clerk responsible
 * @param unit          the clerk's unit (窗口/分公司/部门)
 * @param confirmedBy   who confirmed it
 * @param basis         the finding and the rule it rests on
 */
public record NonNotificationConfirmed(long complaintId, Long customerId, String noticeNumber, String itemCode,
                                       String staffUsername, String unit, String confirmedBy, Instant confirmedAt,
                                       String basis) {
}
