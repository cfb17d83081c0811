package cn.heatdesk.notification;

import java.time.Instant;

import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.notification.domain.NoticeSheet;

/**
 * A numbered notice as recorded (R-NOTIFY-2): what was told ({@code item} is the version it was given by, so the
 * notice reads the same after the catalog changes), to whom, when and by whom.
 *
 * @param customerLabel  account number and address of the customer, or null
 * @param followUpOf     the number of the notice this one follows up (R-NOTIFY-4), or null for a first notice
 * @param suspensionNote R-SUSPEND-1's closing date sentence on a suspension notice, or null
 * @param followUps      numbers of the later notices that follow this one up
 */
public record Notice(long id, String number, BusinessItem item, Long customerId, String customerLabel,
                     String applicant, Channel channel, String followUpOf, NoticeSheet sheet, String suspensionNote,
                     String issuedBy, String issuedByName, Instant issuedAt, java.util.List<String> followUps) {
}
