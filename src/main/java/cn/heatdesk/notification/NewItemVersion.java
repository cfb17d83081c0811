package cn.heatdesk.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.heatdesk.notification.domain.ItemField;
import cn.heatdesk.notification.domain.Referral;

/**
 * An administrator's new version of a business item (R-NOTIFY-1). A new code starts an item; an existing code gets
 * the next version from {@code effectiveFrom}. {@code changeNote} says what changed: follow-up notices quote it
 * as the reason of new requirements (R-NOTIFY-4).
 */
public record NewItemVersion(String code, LocalDate effectiveFrom, String name, String basis, String timeLimit,
                             String procedure, List<String> materials, String fees, List<String> refusalReasons,
                             List<Referral> referrals, Set<ItemField> sampleFields, String changeNote) {
}
