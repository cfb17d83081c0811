package cn.heatdesk.workorders.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.heatdesk.customers.Masking;
import cn.heatdesk.workorders.Breach;
import cn.heatdesk.workorders.FlaggedAnswer;
import cn.heatdesk.workorders.OrderDetails;
import cn.heatdesk.workorders.domain.CallbackResult;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.TimelineEntry;
import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * What the staff work order API reads and writes. Times are ISO-8601 with the company's offset (+08:00 by
 * default); the caller's phone is masked as everywhere (R-SYS-2). Every change carries the {@code expectedVersion}
 * the person last saw.
 */
final class WorkOrderApi {

    private WorkOrderApi() {
    }

    // ---- requests -----------------------------------------------------------------------------------------

    /** A customer from the files ({@code customerId}) or an unmatched caller; urgency defaults by kind. */
    record RegisterRequest(Channel channel, OrderKind kind, Urgency urgency, Long customerId, String callerName,
                           String callerPhone, String callerAddress, String description, OffsetDateTime receivedAt,
                           OffsetDateTime productionNoticeAt, String receivedBy) {
    }

    record VersionRequest(Long expectedVersion) {
    }

    record DispatchRequest(Long expectedVersion, String assignee) {
    }

    record ReassignRequest(Long expectedVersion, String to, String reason) {
    }

    record DelayRequest(Long expectedVersion, OffsetDateTime newTarget, String explanation) {
    }

    record AppointmentRequest(Long expectedVersion, OffsetDateTime appointmentAt) {
    }

    record NoteRequest(Long expectedVersion, String note) {
    }

    record ReplyRequest(Long expectedVersion, String text) {
    }

    record CallbackRequest(Long expectedVersion, Boolean reached, Boolean satisfied, String comment) {
    }

    record CancelRequest(Long expectedVersion, String reason) {
    }

    record MatchCustomerRequest(Long expectedVersion, Long customerId) {
    }

    // ---- responses ----------------------------------------------------------------------------------------

    record CallerView(String name, String phone, String address) {
    }

    record ConsentView(String recordedBy, OffsetDateTime at) {
    }

    record ReplyView(String by, OffsetDateTime at, String text) {
    }

    record CallbackView(String by, OffsetDateTime at, boolean reached, Boolean satisfied, String comment) {
    }

    record SpotCheckView(String selectedBy, OffsetDateTime selectedAt, CallbackView result) {
    }

    record TimelineView(OffsetDateTime at, String by, String what, String label, String note, String status,
                        String assignee, OffsetDateTime target) {
    }

    record DeadlineView(String rule, String label, OffsetDateTime startsAt, OffsetDateTime due, String status,
                        String responsible) {
    }

    record BreachView(String rule, OffsetDateTime due, OffsetDateTime recordedAt, String responsible,
                      String responsibleUnit) {
    }

    record FlaggedAnswerView(long id, long orderId, String number, String what, String text, List<String> expressions,
                             String by, OffsetDateTime recordedAt) {

        static FlaggedAnswerView of(FlaggedAnswer f, ZoneId zone) {
            return new FlaggedAnswerView(f.id(), f.orderId(), f.number(), f.what().name(), f.text(), f.expressions(),
                    f.actor(), at(f.recordedAt(), zone));
        }
    }

    /** One line of a list: enough to pick the order and act on it (with its version). */
    record OrderSummary(long id, String number, String channel, String kind, String urgency, String status,
                        Long customerId, Long areaId, String assignee, String firstResponder,
                        OffsetDateTime registeredAt, OffsetDateTime visitTarget, String description, long version) {

        static OrderSummary of(WorkOrder o, ZoneId zone) {
            return new OrderSummary(o.id(), o.number(), o.channel().name(), o.kind().name(), o.urgency().name(),
                    o.status().name(), o.customerId(), o.areaId(), o.assignee(), o.firstResponder(),
                    at(o.registeredAt(), zone), at(o.visitTarget(), zone), o.description(), o.version());
        }
    }

    /**
     * An order with its timeline, deadlines, breaches, the answers flagged for a forbidden expression (R-BUTLER-4)
     * and the customer's other orders, newest first (R-ANS-1).
     */
    record OrderResponse(long id, String number, String channel, String kind, String urgency, String status,
                         Long customerId, CallerView caller, Long areaId, String description, String assignee,
                         String firstResponder, String externalId, OffsetDateTime receivedAt,
                         OffsetDateTime productionNoticeAt, OffsetDateTime registeredAt, OffsetDateTime visitTarget,
                         ConsentView paidServiceConsent, ReplyView reply, List<CallbackView> callbacks,
                         SpotCheckView spotCheck, long version, List<TimelineView> timeline,
                         List<DeadlineView> deadlines, List<BreachView> breaches,
                         List<FlaggedAnswerView> flaggedAnswers, List<OrderSummary> customerOrders) {

        static OrderResponse of(OrderDetails details, List<WorkOrder> customerOrders, ZoneId zone) {
            WorkOrder o = details.order();
            return new OrderResponse(o.id(), o.number(), o.channel().name(), o.kind().name(), o.urgency().name(),
                    o.status().name(), o.customerId(),
                    o.caller() == null ? null : new CallerView(o.caller().name(),
                            o.caller().phone() == null ? null : Masking.phone(o.caller().phone()), o.caller().address()),
                    o.areaId(), o.description(), o.assignee(), o.firstResponder(), o.externalId(),
                    at(o.receivedAt(), zone), at(o.productionNoticeAt(), zone), at(o.registeredAt(), zone),
                    at(o.visitTarget(), zone),
                    o.paidServiceConsent() == null ? null
                            : new ConsentView(o.paidServiceConsent().recordedBy(), at(o.paidServiceConsent().at(), zone)),
                    o.reply() == null ? null : new ReplyView(o.reply().by(), at(o.reply().at(), zone), o.reply().text()),
                    o.callbacks().stream().map(c -> callbackOf(c, zone)).toList(),
                    o.spotCheck() == null ? null : new SpotCheckView(o.spotCheck().selectedBy(),
                            at(o.spotCheck().selectedAt(), zone),
                            o.spotCheck().result() == null ? null : callbackOf(o.spotCheck().result(), zone)),
                    o.version(),
                    o.timeline().stream().map(e -> timelineEntry(e, zone)).toList(),
                    details.deadlines().stream().map(d -> deadlineOf(d, zone)).toList(),
                    details.breaches().stream().map(b -> breachOf(b, zone)).toList(),
                    details.flaggedAnswers().stream().map(f -> FlaggedAnswerView.of(f, zone)).toList(),
                    customerOrders.stream().filter(other -> other.id() != o.id())
                            .map(other -> OrderSummary.of(other, zone)).toList());
        }
    }

    private static CallbackView callbackOf(CallbackResult c, ZoneId zone) {
        return new CallbackView(c.by(), at(c.at(), zone), c.reached(), c.satisfied(), c.comment());
    }

    private static TimelineView timelineEntry(TimelineEntry e, ZoneId zone) {
        return new TimelineView(at(e.at(), zone), e.by(), e.what().name(), e.what().label(), e.note(),
                e.status().name(), e.assignee(), at(e.target(), zone));
    }

    private static DeadlineView deadlineOf(TrackedDeadline d, ZoneId zone) {
        return new DeadlineView(d.rule().name(), d.rule().label(), at(d.startsAt(), zone), at(d.due(), zone),
                d.status().name(), d.responsibleUsername());
    }

    private static BreachView breachOf(Breach b, ZoneId zone) {
        return new BreachView(b.rule().name(), at(b.due(), zone), at(b.recordedAt(), zone), b.responsibleUsername(),
                b.responsibleUnit());
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
