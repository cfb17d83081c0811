package cn.heatdesk.notification;

import java.time.Instant;

/** A recorded complaint of non-notification and, once decided, its finding (R-NOTIFY-6). */
public record Complaint(long id, Long customerId, String noticeNumber, String itemCode, String itemName,
                        String staffUsername, String unit, String description, String receivedBy, Instant receivedAt,
                        ComplaintStatus status, String decidedBy, Instant decidedAt, String finding) {
}
