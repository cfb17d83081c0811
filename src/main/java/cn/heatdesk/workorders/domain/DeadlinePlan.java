package cn.heatdesk.workorders.domain;

import static cn.heatdesk.policy.domain.DeadlineRule.EMERGENCY_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.GENERAL_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.ON_SITE;
import static cn.heatdesk.policy.domain.DeadlineRule.PAID_SERVICE_CALLBACK;
import static cn.heatdesk.policy.domain.DeadlineRule.TEMPERATURE_TEST;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * Which deadlines a work order opens, from which instant, who answers for them, and which of its steps meet,
 * replace or withdraw them. Due times are not computed here: the policy engine counts them from the start with
 * the terms in force (R-FEE-4); a target (appointment, explained delay) is the due time itself.
 *
 * <ul>
 * <li><b>ON_SITE</b> (R-SUP-3) for the {@linkplain #onSiteKinds() on-site kinds}: counted from the production
 * management department's notice when the order came that way, else from receipt; met by check-in. An explained
 * delay meets it (late if after its due time) and opens the next one with the new time as target (R-SUP-3); an
 * appointment the customer asks for withdraws it and opens one with the appointment as target (R-SUP-4).</li>
 * <li><b>EMERGENCY_REPORT / GENERAL_REPORT</b> (R-BUTLER-6) by urgency, for matters a butler received directly
 * (channel BUTLER): counted from when the butler received the call, met when the order is registered
 * centrally — registration itself, so it opens and is met in one step (late if registered after the due
 * time).</li>
 * <li><b>TEMPERATURE_TEST</b> (R-TEMP-6) for a cold-home complaint: counted from receipt, met by a recorded
 * measurement. A customer-requested appointment replaces it like ON_SITE (R-SUP-4: the company is not in
 * breach for a time the customer chose); an explained delay does not move the statutory 24 hours.</li>
 * <li><b>PAID_SERVICE_CALLBACK</b> (R-ANS-4) from the resolution of a paid service, met by the first callback
 * attempt, reached or not: the duty is to call within the counted 24 hours.</li>
 * </ul>
 *
 * <p>ON_SITE and TEMPERATURE_TEST are answered for by the assignee (the first responder until the order is
 * dispatched) and follow the order on reassignment; the butler reports by the butler who received the call
 * (the first responder); the paid-service callback by the first responder, who arranged the service and owns
 * the reply (R-ANS-4, R-SUP-1). A cancelled order withdraws whatever is still open (a deadline already past
 * is recorded as breached instead).
 *
 * <p><b>Decision</b> (R-SUP-3, R-TEMP-6): a TEMPERATURE_COMPLAINT gets TEMPERATURE_TEST and not ON_SITE. The
 * regulation's 24 hours are the specific rule for exactly this complaint; a 30-minute visit to every cold home
 * in a cold spell is not what it asks, and both would record two breaches for one late visit. A cold home with
 * a fault (no heat, a leak) is registered as a repair or emergency repair and gets ON_SITE. The on-site kinds
 * are a constructor argument, so a company can decide otherwise.
 *
 * <p><b>Decision</b> (R-SUP-2): complaint callbacks are required before closing (see {@link WorkOrder#close})
 * but get no deadline: the seed sets no time for them, and {@link DeadlineRule} has no such rule.
 */
public final class DeadlinePlan {

    /** R-SUP-3 (投诉、维修、抢修) and leaks on the network, which need someone on site as urgently. */
    public static final Set<OrderKind> SEED_ON_SITE_KINDS = Collections.unmodifiableSet(EnumSet.of(
            OrderKind.COMPLAINT, OrderKind.REPAIR, OrderKind.EMERGENCY_REPAIR, OrderKind.LEAK_REPORT));

    private final Set<OrderKind> onSiteKinds;

    public DeadlinePlan(Set<OrderKind> onSiteKinds) {
        EnumSet<OrderKind> kinds = EnumSet.noneOf(OrderKind.class);
        kinds.addAll(onSiteKinds);
        for (OrderKind kind : kinds) {
            if (!kind.needsVisit()) {
                throw new IllegalArgumentException(kind.label() + "工单不需要上门，不能规定半小时到位");
            }
        }
        this.onSiteKinds = Collections.unmodifiableSet(kinds);
    }

    public static DeadlinePlan seed() {
        return new DeadlinePlan(SEED_ON_SITE_KINDS);
    }

    public Set<OrderKind> onSiteKinds() {
        return onSiteKinds;
    }

    /** Every rule an order of this kind, channel and urgency may open in its life. */
    public Set<DeadlineRule> rulesFor(OrderKind kind, Channel channel, Urgency urgency) {
        Set<DeadlineRule> rules = EnumSet.noneOf(DeadlineRule.class);
        if (onSiteKinds.contains(kind)) {
            rules.add(ON_SITE);
        }
        if (channel == Channel.BUTLER) {
            rules.add(reportRule(urgency));
        }
        if (kind == OrderKind.TEMPERATURE_COMPLAINT) {
            rules.add(TEMPERATURE_TEST);
        }
        if (kind == OrderKind.PAID_SERVICE) {
            rules.add(PAID_SERVICE_CALLBACK);
        }
        return rules;
    }

    /** The changes of the entries an allowed transition appended, in order. */
    public List<DeadlineChange> changesFor(WorkOrder order, List<TimelineEntry> entries) {
        List<DeadlineChange> changes = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            changes.addAll(changesFor(order, entry));
        }
        return changes;
    }

    /** What one step of the order does to its deadlines. */
    public List<DeadlineChange> changesFor(WorkOrder order, TimelineEntry entry) {
        List<DeadlineChange> changes = new ArrayList<>();
        boolean onSite = onSiteKinds.contains(order.kind());
        boolean coldHome = order.kind() == OrderKind.TEMPERATURE_COMPLAINT;
        switch (entry.what()) {
            case REGISTERED -> {
                String holder = holder(order);
                if (onSite) {
                    // R-SUP-3: 接到用户请求或生产管理部门通知后半小时内
                    changes.add(open(PlannedDeadline.countingFrom(ON_SITE, onSiteStart(order), holder)));
                }
                if (order.channel() == Channel.BUTLER) {
                    // R-BUTLER-6: counted from the butler's call, met by central registration.
                    DeadlineRule report = reportRule(order.urgency());
                    changes.add(open(PlannedDeadline.countingFrom(report, order.receivedAt(), order.firstResponder())));
                    changes.add(new DeadlineChange.Meet(report, entry.at()));
                }
                if (coldHome) {
                    changes.add(open(PlannedDeadline.countingFrom(TEMPERATURE_TEST, order.receivedAt(), holder)));
                }
            }
            case DISPATCHED, REASSIGNED -> {
                if (onSite) {
                    changes.add(new DeadlineChange.HandOver(ON_SITE, entry.assignee()));
                }
                if (coldHome) {
                    changes.add(new DeadlineChange.HandOver(TEMPERATURE_TEST, entry.assignee()));
                }
            }
            case DELAY_EXPLAINED -> {
                if (onSite) {
                    // R-SUP-3: explained (and reported) within the 30 minutes, with a new time that becomes the target.
                    changes.add(new DeadlineChange.Meet(ON_SITE, entry.at()));
                    changes.add(open(PlannedDeadline.targetAt(ON_SITE, entry.at(), entry.target(), holder(order))));
                }
            }
            case APPOINTMENT_AGREED -> {
                // R-SUP-4: the appointment the customer asked for is the target.
                if (onSite) {
                    changes.add(new DeadlineChange.Withdraw(ON_SITE, entry.at()));
                    changes.add(open(PlannedDeadline.targetAt(ON_SITE, entry.at(), entry.target(), holder(order))));
                }
                if (coldHome && !order.measured()) {
                    changes.add(new DeadlineChange.Withdraw(TEMPERATURE_TEST, entry.at()));
                    changes.add(open(PlannedDeadline.targetAt(TEMPERATURE_TEST, entry.at(), entry.target(),
                            holder(order))));
                }
            }
            case CHECKED_IN -> {
                if (onSite) {
                    changes.add(new DeadlineChange.Meet(ON_SITE, entry.at()));
                }
            }
            case MEASURED -> {
                if (coldHome) {
                    changes.add(new DeadlineChange.Meet(TEMPERATURE_TEST, entry.at()));
                }
            }
            case RESOLVED -> {
                if (order.kind() == OrderKind.PAID_SERVICE) {
                    // R-ANS-4: 服务完成24小时内(夜间8点至早上8点除外)回访
                    changes.add(open(PlannedDeadline.countingFrom(PAID_SERVICE_CALLBACK, entry.at(),
                            order.firstResponder())));
                }
            }
            case CALLED_BACK, CALLBACK_UNREACHED -> {
                if (order.kind() == OrderKind.PAID_SERVICE) {
                    changes.add(new DeadlineChange.Meet(PAID_SERVICE_CALLBACK, entry.at()));
                }
            }
            case CANCELLED -> {
                for (DeadlineRule rule : rulesFor(order.kind(), order.channel(), order.urgency())) {
                    changes.add(new DeadlineChange.Withdraw(rule, entry.at()));
                }
            }
            default -> {
                // The other steps (matching, consent, acceptance, replies, spot checks, closing) touch no deadline.
            }
        }
        return changes;
    }

    private static DeadlineChange open(PlannedDeadline deadline) {
        return new DeadlineChange.Open(deadline);
    }

    private static DeadlineRule reportRule(Urgency urgency) {
        return urgency == Urgency.EMERGENCY ? EMERGENCY_REPORT : GENERAL_REPORT;
    }

    private static Instant onSiteStart(WorkOrder order) {
        return order.productionNoticeAt() != null ? order.productionNoticeAt() : order.receivedAt();
    }

    /** Who answers for the visit deadlines: the assignee, or the first responder until the order is dispatched. */
    private static String holder(WorkOrder order) {
        return order.assignee() != null ? order.assignee() : order.firstResponder();
    }
}
