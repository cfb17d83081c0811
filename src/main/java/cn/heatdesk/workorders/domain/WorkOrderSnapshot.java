package cn.heatdesk.workorders.domain;

import java.time.Instant;
import java.util.List;

/**
 * Every field of a {@link WorkOrder}, for saving it whole and loading it again ({@link WorkOrder#snapshot()},
 * {@link WorkOrder#restore(WorkOrderSnapshot)}) and for the audit trail's before and after (R-SYS-3).
 * {@code version} is the stored version the order was loaded at (0 for a new order); the repository updates
 * only that version and raises a conflict otherwise, so two people acting at once never lose an update.
 */
public record WorkOrderSnapshot(long id, String number, Channel channel, OrderKind kind, Urgency urgency,
                                Long customerId, Caller caller, Long areaId, String description, OrderStatus status,
                                String assignee, String firstResponder, String externalId, Instant receivedAt,
                                Instant productionNoticeAt, Instant registeredAt, Instant visitTarget,
                                PaidServiceConsent paidServiceConsent, Reply reply, List<CallbackResult> callbacks,
                                SpotCheck spotCheck, List<TimelineEntry> timeline, long version) {

    public WorkOrderSnapshot {
        callbacks = List.copyOf(callbacks);
        timeline = List.copyOf(timeline);
    }
}
