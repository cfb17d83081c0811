package cn.heatdesk.workorders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.domain.Actor;
import cn.heatdesk.workorders.domain.ActorRole;
import cn.heatdesk.workorders.domain.Caller;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.ForbiddenExpressions;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.TimelineEvent;
import cn.heatdesk.workorders.domain.DeadlineChange;
import cn.heatdesk.workorders.domain.DeadlinePlan;
import cn.heatdesk.workorders.domain.DeadlineUpdate;
import cn.heatdesk.workorders.domain.Decision;
import cn.heatdesk.workorders.domain.DueTimes;
import cn.heatdesk.workorders.domain.OrderDeadlines;
import cn.heatdesk.workorders.domain.Registration;
import cn.heatdesk.workorders.domain.TimelineEntry;
import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.internal.DeadlineRepository;
import cn.heatdesk.workorders.internal.DeadlineRepository.StoredDeadline;
import cn.heatdesk.workorders.internal.FlaggedAnswerRepository;
import cn.heatdesk.workorders.internal.OutboxRepository;
import cn.heatdesk.workorders.internal.SpotCheckDraw;
import cn.heatdesk.workorders.internal.Notifications;
import cn.heatdesk.workorders.internal.OrderNumbers;
import cn.heatdesk.workorders.internal.WorkOrderRepository;

/**
 * Work orders as staff and the city hotline use them: registration with routing (R-BUTLER-5), every guarded
 * transition, and the lists people work from (R-SUP-1).
 *
 * <p>Every change runs the same way in one transaction: load the order (out of the person's scope = not found),
 * lock its deadlines, call the domain with the clock's instant, turn a refusal into the matching exception, apply the
 * {@link DeadlinePlan}'s changes with due times from the {@link PolicyEngine}, save the order against the version it
 * was loaded at, save the deadlines and breaches and write the audit record (R-SYS-3). Escalations go out after the
 * commit. A concurrent change by someone else ends in a conflict (409), never a lost update.
 */
@Service
public class WorkOrders {

    /** Issue 4: a 12345 receipt time this far ahead of our clock is clock skew; beyond it, the time is refused. */
    public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

    /** The first responder of orders the city hotline sends (their reply goes back to 12345). */
    public static final String CITY_HOTLINE_USERNAME = "city-hotline";

    static final String ENTITY = "WORK_ORDER";

    /** Reads customer files and areas for routing, whatever the scope of the person registering (R-BUTLER-5). */
    /** R-SUP-2: who draws the spot-check sample, as the timeline and audit name it. */
    static final Actor SPOT_CHECK_ACTOR = new Actor("system:spot-check", ActorRole.STAFF);

    /** R-BUTLER-4: the timeline entries whose text is an answer to the customer or about them. */
    private static final Set<TimelineEvent> ANSWERS = EnumSet.of(TimelineEvent.RESOLVED, TimelineEvent.REPLY_GIVEN,
            TimelineEvent.CALLED_BACK, TimelineEvent.CALLBACK_UNREACHED, TimelineEvent.SPOT_CHECKED,
            TimelineEvent.SPOT_CHECK_UNREACHED, TimelineEvent.DELAY_EXPLAINED, TimelineEvent.CANCELLED);

    private static final StaffMember ROUTING = new StaffMember(0, "routing", "工单分派", StaffRole.HOTLINE_AGENT);

    private final WorkOrderRepository orders;
    private final DeadlineRepository deadlines;
    private final OrderNumbers numbers;
    private final CustomerFiles customers;
    private final Organisation organisation;
    private final PolicyEngine policy;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final EscalationGateway escalation;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DeadlinePlan plan = DeadlinePlan.seed();
    private final OutboxRepository outbox;
    private final FlaggedAnswerRepository flagged;
    private final ForbiddenExpressions forbidden;
    private final SpotCheckDraw spotChecks;
    private final Transitions anyVersion = new Transitions(null);

    WorkOrders(WorkOrderRepository orders, DeadlineRepository deadlines, OrderNumbers numbers, CustomerFiles customers,
               Organisation organisation, PolicyEngine policy, AuditTrail audit, Notifications notifications,
               EscalationGateway escalation, OutboxRepository outbox, FlaggedAnswerRepository flagged,
               ForbiddenExpressions forbidden, SpotCheckDraw spotChecks,
               PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.flagged = flagged;
        this.forbidden = forbidden;
        this.spotChecks = spotChecks;
        this.orders = orders;
        this.deadlines = deadlines;
        this.numbers = numbers;
        this.customers = customers;
        this.organisation = organisation;
        this.policy = policy;
        this.audit = audit;
        this.notifications = notifications;
        this.escalation = escalation;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A registered order, and whether this call created it (false: a repeated 12345 delivery). */
    public record Registered(WorkOrder order, boolean created) {
    }

    /** An order from the 12345 city hotline (R-SYS-1), as its interface delivers it. */
    public record CityHotlineOrder(String externalId, Instant receivedAt, cn.heatdesk.workorders.domain.OrderKind kind,
                                   String callerName, String callerPhone, String address, String accountNumber,
                                   String description) {
    }

    // ---- registration -------------------------------------------------------------------------------------

    /** Registers an order taken by {@code by}, routed to the butler of the customer's area when one is known. */
    public WorkOrder register(NewOrder request, StaffMember by) {
        return registerAs(() -> request, null, actorOf(by)).order();
    }

    /**
     * R-SYS-1: an order from the city hotline, idempotent by its 12345 number. A repeat (also one arriving at the
     * same moment on another node) answers the order made the first time.
     */
    public Registered receiveFromCityHotline(CityHotlineOrder delivery) {
        if (delivery.externalId() == null || delivery.externalId().isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "externalId", "缺少12345工单编号");
        }
        String externalId = delivery.externalId().strip();
        Actor cityHotline = new Actor(CITY_HOTLINE_USERNAME, ActorRole.STAFF);
        try {
            return registerAs(() -> {
                Long customerId = delivery.accountNumber() == null || delivery.accountNumber().isBlank() ? null
                        : customerByAccount(delivery.accountNumber().strip());
                return new NewOrder(cn.heatdesk.workorders.domain.Channel.CITY_HOTLINE_12345, delivery.kind(),
                        urgencyOf(delivery.kind()), customerId, delivery.callerName(), delivery.callerPhone(),
                        delivery.address(), delivery.description(), delivery.receivedAt(), null, null, externalId);
            }, externalId, cityHotline);
        } catch (DuplicateKeyException | ConflictException collision) {
            // The same delivery committed first elsewhere (unique external_id), or we timed out waiting for it to
            // commit: answer that order. Anything else is a real failure.
            return new Registered(read(() -> orders.findByExternalId(externalId)).orElseThrow(() -> collision), false);
        }
    }

    /** A new order with its number, routed, not yet stored; or the order an earlier delivery of it made. */
    private record Numbered(WorkOrder order, List<TimelineEntry> entries, WorkOrder existing) {
    }

    /**
     * Registration in two short transactions (the 12345 intake benchmark in docs/benchmarks.md measured why):
     * <ol>
     * <li>Is the 12345 number known already (then that order is the answer)? Otherwise check the request, route it,
     * take the day's next order number and build the order. The day's number row is locked only for this short
     * transaction, which on PostgreSQL does not wait for its own WAL flush ({@link OrderNumbers#take}); an invalid
     * request rolls it back and gives the number back.</li>
     * <li>Store the order, its timeline, deadlines and audit record, and commit (synchronously).</li>
     * </ol>
     * Registrations on every node used to queue on the day's row for the whole of their registration, commit
     * included. Now a number is lost (a gap in the day's numbers) only if the second transaction fails after the
     * first committed: a database failure, a deadline rule with no policy in force, or the loser of two
     * simultaneous deliveries of one 12345 order.
     */
    private Registered registerAs(Supplier<NewOrder> requested, String externalId, Actor actor) {
        Numbered numbered = write(() -> {
            if (externalId != null) {
                Optional<WorkOrder> existing = orders.findByExternalId(externalId);
                if (existing.isPresent()) {
                    return new Outcome<>(new Numbered(null, List.of(), existing.get()), List.of());
                }
            }
            return new Outcome<>(numbered(requested.get(), actor, now()), List.<Breach>of());
        });
        if (numbered.existing() != null) {
            return new Registered(numbered.existing(), false);
        }
        return write(() -> store(numbered.order(), numbered.entries(), actor));
    }

    /** Checks and routes the request, takes its number and builds the order, in the caller's transaction. */
    private Numbered numbered(NewOrder request, Actor actor, Instant now) {
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        if (receivedAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
            throw new InvalidInputException("RECEIVED_IN_FUTURE", "receivedAt", "受理时间晚于当前时间，请检查");
        }
        Instant registeredAt = receivedAt.isAfter(now) ? receivedAt : now;
        Caller caller = caller(request);
        Long areaId = null;
        String routeTo = null;
        if (request.customerId() != null) {
            CustomerFile file = customers.file(request.customerId(), ROUTING);
            areaId = file.place().areaId();
            routeTo = butlerOf(areaId);
        }
        long id = orders.nextId();
        String number = numbers.take(LocalDate.ofInstant(registeredAt, policy.zone()));
        WorkOrder order;
        try {
            order = WorkOrder.register(new Registration(id, number, request.channel(), request.kind(),
                    request.urgency(), request.customerId(), caller, areaId, request.description(),
                    request.externalId(), receivedAt, request.productionNoticeAt(), request.receivedBy(), actor,
                    registeredAt));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_ORDER", null, e.getMessage());
        }
        List<TimelineEntry> entries = new ArrayList<>(order.timeline());
        if (routeTo != null) {
            // R-BUTLER-5: routed to the butler of the customer's area, by the rule rather than by a person's choice.
            Decision routed = order.dispatchTo(routeTo, new Actor(actor.username(), ActorRole.DISPATCHER),
                    registeredAt);
            if (routed instanceof Decision.Allowed allowed) {
                entries.addAll(allowed.entries());
            }
        }
        return new Numbered(order, entries, null);
    }

    /** Stores a numbered order with its deadlines and audit record, in the caller's transaction. */
    private Outcome<Registered> store(WorkOrder order, List<TimelineEntry> entries, Actor actor) {
        Instant registeredAt = order.registeredAt();
        orders.insert(order);
        List<Breach> breaches = saveDeadlines(order, OrderDeadlines.none(), plan.changesFor(order, entries),
                actor.username(), registeredAt);
        audit.record(new AuditEntry(actor.username(), "WORK_ORDER_REGISTERED", ENTITY, String.valueOf(order.id()),
                order.number() + " " + order.kind().label() + "（" + order.channel().label() + "）", null,
                auditState(order)));
        toCustomerTimeline(order, "登记" + order.kind().label() + "工单 " + order.number(), actor.username());
        return new Outcome<>(new Registered(order, true), breaches);
    }

    // ---- transitions --------------------------------------------------------------------------------------

    public WorkOrder matchCustomer(long orderId, long customerId, StaffMember by) {
        return anyVersion.matchCustomer(orderId, customerId, by);
    }

    public WorkOrder recordPaidServiceConsent(long orderId, StaffMember by) {
        return anyVersion.recordPaidServiceConsent(orderId, by);
    }

    public WorkOrder dispatch(long orderId, String assignee, StaffMember by) {
        return anyVersion.dispatch(orderId, assignee, by);
    }

    public WorkOrder reassign(long orderId, String to, String reason, StaffMember by) {
        return anyVersion.reassign(orderId, to, reason, by);
    }

    public WorkOrder accept(long orderId, StaffMember by) {
        return anyVersion.accept(orderId, by);
    }

    public WorkOrder explainDelay(long orderId, Instant newTarget, String explanation, StaffMember by) {
        return anyVersion.explainDelay(orderId, newTarget, explanation, by);
    }

    public WorkOrder agreeAppointment(long orderId, Instant appointmentAt, StaffMember by) {
        return anyVersion.agreeAppointment(orderId, appointmentAt, by);
    }

    public WorkOrder checkIn(long orderId, StaffMember by) {
        return anyVersion.checkIn(orderId, by);
    }

    public WorkOrder recordMeasurement(long orderId, StaffMember by) {
        return anyVersion.recordMeasurement(orderId, by);
    }

    public WorkOrder resolve(long orderId, String note, StaffMember by) {
        return anyVersion.resolve(orderId, note, by);
    }

    public WorkOrder reply(long orderId, String text, StaffMember by) {
        return anyVersion.reply(orderId, text, by);
    }

    /** R-SUP-2: a reached callback of a complaint is drawn for the second callback in the same transaction. */
    public WorkOrder recordCallback(long orderId, boolean reached, Boolean satisfied, String comment, StaffMember by) {
        return anyVersion.recordCallback(orderId, reached, satisfied, comment, by);
    }

    public WorkOrder selectForSpotCheck(long orderId, StaffMember by) {
        return anyVersion.selectForSpotCheck(orderId, by);
    }

    public WorkOrder recordSpotCheck(long orderId, boolean reached, Boolean satisfied, String comment, StaffMember by) {
        return anyVersion.recordSpotCheck(orderId, reached, satisfied, comment, by);
    }

    public WorkOrder close(long orderId, StaffMember by) {
        return anyVersion.close(orderId, by);
    }

    public WorkOrder cancel(long orderId, String reason, StaffMember by) {
        return anyVersion.cancel(orderId, reason, by);
    }

    /**
     * The same transitions, refused with a conflict (409, {@value WorkOrderRepository#CHANGED_CODE}) unless the order
     * is still at {@code version}: what a person saw is what they change, so no update is lost (the API's
     * {@code expectedVersion}).
     */
    public Transitions expectingVersion(long version) {
        return new Transitions(version);
    }

    /** Every transition of an order, optionally bound to the version the person last saw. */
    public final class Transitions {

        private final Long expected;

        private Transitions(Long expected) {
            this.expected = expected;
        }

        public WorkOrder matchCustomer(long orderId, long customerId, StaffMember by) {
            CustomerFile file = customers.file(customerId, by);
            return change(orderId, by, "CUSTOMER_MATCHED", expected,
                    (order, actor, at) -> order.matchCustomer(customerId, file.place().areaId(), actor, at));
        }

        public WorkOrder recordPaidServiceConsent(long orderId, StaffMember by) {
            return change(orderId, by, "PAID_SERVICE_CONSENT", expected, WorkOrder::recordPaidServiceConsent);
        }

        public WorkOrder dispatch(long orderId, String assignee, StaffMember by) {
            return change(orderId, by, "DISPATCHED", expected,
                    (order, actor, at) -> order.dispatchTo(assignee, actor, at));
        }

        public WorkOrder reassign(long orderId, String to, String reason, StaffMember by) {
            return change(orderId, by, "REASSIGNED", expected, (order, actor, at) -> order.reassign(to, actor, at, reason));
        }

        public WorkOrder accept(long orderId, StaffMember by) {
            return change(orderId, by, "ACCEPTED", expected, WorkOrder::accept);
        }

        public WorkOrder explainDelay(long orderId, Instant newTarget, String explanation, StaffMember by) {
            return change(orderId, by, "DELAY_EXPLAINED", expected,
                    (order, actor, at) -> order.explainDelay(actor, at, newTarget, explanation));
        }

        public WorkOrder agreeAppointment(long orderId, Instant appointmentAt, StaffMember by) {
            return change(orderId, by, "APPOINTMENT_AGREED", expected,
                    (order, actor, at) -> order.agreeAppointment(actor, at, appointmentAt));
        }

        public WorkOrder checkIn(long orderId, StaffMember by) {
            return change(orderId, by, "CHECKED_IN", expected, WorkOrder::checkIn);
        }

        public WorkOrder recordMeasurement(long orderId, StaffMember by) {
            return change(orderId, by, "MEASURED", expected, WorkOrder::recordMeasurement);
        }

        public WorkOrder resolve(long orderId, String note, StaffMember by) {
            return change(orderId, by, "RESOLVED", expected, (order, actor, at) -> order.resolve(actor, at, note));
        }

        public WorkOrder reply(long orderId, String text, StaffMember by) {
            return change(orderId, by, "REPLY_GIVEN", expected, (order, actor, at) -> order.replyGiven(actor, at, text));
        }

        public WorkOrder recordCallback(long orderId, boolean reached, Boolean satisfied, String comment,
                                        StaffMember by) {
            return change(orderId, by, "CALLED_BACK", expected,
                    (order, actor, at) -> order.recordCallback(actor, at, reached, satisfied, comment));
        }

        public WorkOrder selectForSpotCheck(long orderId, StaffMember by) {
            return change(orderId, by, "SPOT_CHECK_SELECTED", expected, WorkOrder::selectForSpotCheck);
        }

        public WorkOrder recordSpotCheck(long orderId, boolean reached, Boolean satisfied, String comment,
                                         StaffMember by) {
            return change(orderId, by, "SPOT_CHECKED", expected,
                    (order, actor, at) -> order.recordSpotCheck(actor, at, reached, satisfied, comment));
        }

        public WorkOrder close(long orderId, StaffMember by) {
            return change(orderId, by, "CLOSED", expected, WorkOrder::close);
        }

        public WorkOrder cancel(long orderId, String reason, StaffMember by) {
            return change(orderId, by, "CANCELLED", expected, (order, actor, at) -> order.cancel(actor, at, reason));
        }
    }

    @FunctionalInterface
    interface Step {
        Decision apply(WorkOrder order, Actor actor, Instant at);
    }

    private WorkOrder change(long orderId, StaffMember by, String action, Long expectedVersion, Step step) {
        Actor actor = actorOf(by);
        return write(() -> {
            WorkOrder order = visibleOrder(orderId, by);
            if (expectedVersion != null && order.version() != expectedVersion) {
                // Checked before the rules: a person acting on what they no longer see gets "changed", not a
                // refusal that describes a state they have not seen.
                throw new ConflictException(WorkOrderRepository.CHANGED_CODE, WorkOrderRepository.CHANGED_MESSAGE);
            }
            List<StoredDeadline> stored = deadlines.lockForOrder(orderId);
            Instant now = now();
            Map<String, Object> before = auditState(order);
            OrderStatus statusBefore = order.status();
            boolean repliedBefore = order.reply() != null;
            List<TimelineEntry> entries = new ArrayList<>(step.apply(order, actor, now).orElseThrow(WorkOrders::refused));
            String summary = order.number() + " " + entries.get(entries.size() - 1).what().label();
            List<TimelineEntry> drawn = drawForSpotCheck(order, now);
            entries.addAll(drawn);
            OrderDeadlines current = new OrderDeadlines(stored.stream().map(StoredDeadline::deadline).toList());
            orders.update(order);
            List<Breach> breaches = saveDeadlines(order, current, plan.changesFor(order, entries), actor.username(), now);
            audit.record(new AuditEntry(actor.username(), "WORK_ORDER_" + action, ENTITY, String.valueOf(orderId),
                    summary, before, auditState(order)));
            if (!drawn.isEmpty()) {
                audit.record(new AuditEntry(SPOT_CHECK_ACTOR.username(), "WORK_ORDER_SPOT_CHECK_SELECTED", ENTITY,
                        String.valueOf(orderId), order.number() + " " + drawn.get(0).what().label() + "（抽查比例 "
                        + spotChecks.sampler().percent().stripTrailingZeros().toPlainString() + "%）", null, null));
            }
            flagForbiddenExpressions(order, entries);
            if (order.channel() == Channel.CITY_HOTLINE_12345 && order.externalId() != null
                    && (order.status() != statusBefore || (!repliedBefore && order.reply() != null))) {
                // R-SYS-1: in this transaction, so the city hears of exactly the changes that were committed.
                outbox.append(order, repliedBefore || order.reply() == null ? null : order.reply().text(), now);
            }
            toCustomerTimeline(order, summary, actor.username());
            return new Outcome<>(order, breaches);
        });
    }

    /** R-SUP-2: the moment a complaint's customer is reached by the callback, the sampler draws it or not. */
    private List<TimelineEntry> drawForSpotCheck(WorkOrder order, Instant now) {
        if (order.status() != OrderStatus.CALLED_BACK || order.spotCheck() != null
                || !spotChecks.decide(order).selected()) {
            return List.of();
        }
        return order.selectForSpotCheck(SPOT_CHECK_ACTOR, now).orElseThrow(WorkOrders::refused);
    }

    /** R-BUTLER-4: every answer-like text the change recorded is checked; a hit is kept, never refused. */
    private void flagForbiddenExpressions(WorkOrder order, List<TimelineEntry> entries) {
        int firstSeq = order.timeline().size() - entries.size();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            if (!ANSWERS.contains(entry.what()) || entry.note() == null) {
                continue;
            }
            List<String> found = forbidden.findIn(entry.note()).stream().map(ForbiddenExpressions.Match::expression)
                    .distinct().toList();
            if (!found.isEmpty()) {
                flagged.insert(order.id(), firstSeq + i, entry.what(), entry.note(), found, entry.by(), entry.at());
            }
        }
    }

    private static RuntimeException refused(Decision.Rejected rejected) {
        return switch (rejected.refusal()) {
            case CONFLICTS_WITH_STATE -> new ConflictException("ORDER_STATE", rejected.reason());
            case NOT_PERMITTED -> new ForbiddenException(rejected.reason());
            case INVALID_INPUT -> new InvalidInputException("INVALID_INPUT", null, rejected.reason());
        };
    }

    // ---- queries ------------------------------------------------------------------------------------------

    /** One order with its deadlines and breaches; outside the person's scope it is not found (R-SYS-2). */
    public OrderDetails order(long orderId, StaffMember viewer) {
        return read(() -> details(visibleOrder(orderId, viewer)));
    }

    /** The city hotline's view of its order (R-SYS-1). */
    public Optional<OrderDetails> byExternalId(String externalId) {
        return read(() -> orders.findByExternalId(externalId).map(this::details));
    }

    /** Open orders the person holds now. */
    public List<WorkOrder> myOrders(StaffMember viewer) {
        return read(() -> orders.findWhere("assignee = :u AND status NOT IN ('CLOSED', 'CANCELLED')",
                Map.of("u", viewer.username()), 200));
    }

    /** R-SUP-1: orders whose answer the person owes the customer, across reassignments. */
    public List<WorkOrder> myRepliesDue(StaffMember viewer) {
        return read(() -> orders.findWhere("first_responder = :u AND reply_by IS NULL AND status <> 'CANCELLED'",
                Map.of("u", viewer.username()), 200));
    }

    /**
     * Received orders nobody holds yet (unmatched callers, areas without a butler): the branch dispatcher's queue.
     * Orders not yet placed in an area are in every dispatcher's queue until matched.
     */
    public List<WorkOrder> dispatcherQueue(StaffMember viewer) {
        CustomerScope scope = customers.scopeOf(viewer);
        return read(() -> {
            if (scope.companyWide()) {
                return orders.findWhere("status = 'RECEIVED' AND assignee IS NULL", Map.of(), 200);
            }
            if (viewer.role() != StaffRole.BRANCH_DISPATCHER) {
                return List.of();
            }
            List<Long> areas = new ArrayList<>(organisation.areas().stream()
                    .filter(a -> scope.covers(a.branchId(), a.id())).map(Organisation.Area::id).toList());
            areas.add(-1L);
            return orders.findWhere("status = 'RECEIVED' AND assignee IS NULL AND (area_id IS NULL OR area_id IN (:areas))",
                    Map.of("areas", areas), 200);
        });
    }

    /**
     * R-SUP-2: resolved orders whose callback is not yet recorded as reached, oldest first, in the person's scope. An
     * unreached attempt leaves the order here for another try.
     */
    public List<WorkOrder> callbacksDue(StaffMember viewer) {
        return read(() -> orders.findWhere("status = 'RESOLVED'", Map.of(), 500).stream()
                .filter(order -> visible(order, viewer)).toList());
    }

    /**
     * R-SUP-2: orders drawn for the market customer service department's second callback and not yet spot-checked,
     * oldest first, in the person's scope.
     */
    public List<WorkOrder> spotCheckQueue(StaffMember viewer) {
        return read(() -> orders.findWhere("spot_check_selected_at IS NOT NULL AND spot_check_at IS NULL", Map.of(), 500)
                .stream().filter(order -> visible(order, viewer)).toList());
    }

    /**
     * R-ANS-1: every order of one customer, newest first, so whoever answers sees what was said before. The customer
     * must be in the person's scope (else not found); then the whole history shows, whoever handled each order.
     */
    public List<WorkOrder> customerOrders(long customerId, StaffMember viewer) {
        customers.file(customerId, viewer);
        List<WorkOrder> all = new ArrayList<>(read(() -> orders.findWhere("customer_id = :c", Map.of("c", customerId), 500)));
        java.util.Collections.reverse(all);
        return List.copyOf(all);
    }

    /**
     * R-SUP-5, R-ANS-1: which of these orders are overdue now — a deadline past its due time whose work is still
     * owed — so that whoever answers a customer's call sees at once that the customer has been kept waiting.
     */
    public Set<Long> overdue(Collection<Long> orderIds) {
        return orderIds.isEmpty() ? Set.of() : read(() -> deadlines.overdueOrders(orderIds, now()));
    }

    /**
     * R-BUTLER-4: recent answers flagged for a forbidden expression, newest first; for supervisors, the market customer
     * service department and administrators, who look after how customers are spoken to.
     */
    public List<FlaggedAnswer> flaggedAnswers(StaffMember viewer, int limit) {
        if (!EnumSet.of(StaffRole.SUPERVISOR, StaffRole.MARKET_SERVICE, StaffRole.ADMINISTRATOR).contains(viewer.role())) {
            throw new ForbiddenException("只有监督、市场客服部和管理员可以查看被标记的答复");
        }
        return read(() -> flagged.recent(Math.min(Math.max(limit, 1), 500)));
    }

    /** R-SUP-5: in-app escalations and warnings for this person, by name or by role, newest first. */
    public List<Notification> notifications(StaffMember viewer) {
        return read(() -> notifications.forRecipient(viewer.username(), viewer.role(), 100));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private OrderDetails details(WorkOrder order) {
        Map<Long, String> areaNames = areaNames();
        List<Breach> breaches = deadlines.breachesOfOrder(order.id()).stream()
                .map(b -> new Breach(b.id(), b.orderId(), order.number(), b.rule(), b.due(), b.recordedAt(),
                        b.responsibleUsername(), b.responsibleAreaId(), areaNames.get(b.responsibleAreaId())))
                .toList();
        return new OrderDetails(order, deadlines.forOrder(order.id()).stream().map(StoredDeadline::deadline).toList(),
                breaches, flagged.ofOrder(order.id()));
    }

    private WorkOrder visibleOrder(long orderId, StaffMember viewer) {
        return orders.findById(orderId).filter(order -> visible(order, viewer))
                .orElseThrow(() -> new NotFoundException("没有找到该工单，或不在您负责的范围内"));
    }

    private boolean visible(WorkOrder order, StaffMember viewer) {
        if (viewer.username().equals(order.assignee()) || viewer.username().equals(order.firstResponder())) {
            return true;
        }
        CustomerScope scope = customers.scopeOf(viewer);
        if (scope.companyWide()) {
            return true;
        }
        if (order.areaId() == null) {
            return viewer.role() == StaffRole.BRANCH_DISPATCHER;
        }
        return organisation.areas().stream().filter(a -> a.id() == order.areaId())
                .anyMatch(a -> scope.covers(a.branchId(), a.id()));
    }

    /** R-SYS-2 roles as the domain sees them: who steers orders, who spot-checks, who works on their own. */
    public static Actor actorOf(StaffMember member) {
        ActorRole role = switch (member.role()) {
            case BRANCH_DISPATCHER, SUPERVISOR, ADMINISTRATOR -> ActorRole.DISPATCHER;
            case MARKET_SERVICE -> ActorRole.MARKET_SERVICE;
            case HOTLINE_AGENT, BUTLER, PRODUCTION_MANAGEMENT -> ActorRole.STAFF;
        };
        return new Actor(member.username(), role);
    }

    private List<Breach> saveDeadlines(WorkOrder order, OrderDeadlines current, List<DeadlineChange> changes,
                                       String actor, Instant at) {
        DueTimes dueTimes = (rule, from) -> policy.deadline(rule, from).due();
        List<DeadlineUpdate> updates = current.apply(changes, dueTimes);
        Map<TrackedDeadline, Long> ids = new java.util.IdentityHashMap<>();
        List<Breach> breaches = new ArrayList<>();
        Map<Long, String> areaNames = updates.stream().anyMatch(u -> u.outcome().breachRecorded()) ? areaNames() : Map.of();
        // Each deadline is written once in its final state; a breach row follows every outcome that recorded one.
        for (DeadlineUpdate update : updates) {
            TrackedDeadline d = update.deadline();
            if (!ids.containsKey(d)) {
                ids.put(d, d.id() == null ? deadlines.insert(order.id(), order.areaId(), d) : d.id());
                if (d.id() != null) {
                    deadlines.update(d, order.areaId());
                }
            }
        }
        for (DeadlineUpdate update : updates) {
            if (update.outcome().breachRecorded()) {
                TrackedDeadline d = update.deadline();
                long breachId = deadlines.insertBreach(ids.get(d), order.id(), d, at, actor, order.areaId());
                Breach breach = new Breach(breachId, order.id(), order.number(), d.rule(), d.due(), at,
                        d.responsibleUsername(), order.areaId(), areaNames.get(order.areaId()));
                notifications.breach(breach, ids.get(d));
                breaches.add(breach);
            }
        }
        return breaches;
    }

    private Map<Long, String> areaNames() {
        Map<Long, String> names = new HashMap<>();
        organisation.areas().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    private String butlerOf(long areaId) {
        return organisation.areas().stream().filter(a -> a.id() == areaId).map(Organisation.Area::butlerUsername)
                .filter(u -> u != null && !u.isBlank()).findFirst().orElse(null);
    }

    private Long customerByAccount(String accountNumber) {
        List<CustomerSummary> found = customers.search(accountNumber, ROUTING, 5);
        return found.stream().filter(c -> accountNumber.equals(c.accountNumber())).map(CustomerSummary::id)
                .findFirst().orElse(null);
    }

    private void toCustomerTimeline(WorkOrder order, String summary, String actor) {
        if (order.customerId() != null) {
            customers.addToTimeline(order.customerId(), "WORK_ORDER", summary, actor, order.number());
        }
    }

    private static Caller caller(NewOrder request) {
        boolean given = !blank(request.callerName()) || !blank(request.callerPhone()) || !blank(request.callerAddress());
        if (!given) {
            return null;
        }
        try {
            return new Caller(request.callerName(), request.callerPhone(), request.callerAddress());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("MISSING_FIELD", "callerPhone", e.getMessage());
        }
    }

    private static cn.heatdesk.workorders.domain.Urgency urgencyOf(cn.heatdesk.workorders.domain.OrderKind kind) {
        return kind == cn.heatdesk.workorders.domain.OrderKind.EMERGENCY_REPAIR
                ? cn.heatdesk.workorders.domain.Urgency.EMERGENCY : cn.heatdesk.workorders.domain.Urgency.GENERAL;
    }

    /** R-SYS-3: what an audit record keeps of an order before and after a change. */
    private static Map<String, Object> auditState(WorkOrder order) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", order.number());
        state.put("status", order.status().name());
        state.put("assignee", order.assignee());
        state.put("firstResponder", order.firstResponder());
        state.put("customerId", order.customerId());
        state.put("areaId", order.areaId());
        state.put("visitTarget", order.visitTarget() == null ? null : order.visitTarget().toString());
        state.put("replied", order.reply() != null);
        state.put("callbacks", order.callbacks().size());
        state.put("timelineEntries", order.timeline().size());
        return state;
    }

    /** Milliseconds: what every database keeps exactly, so a stored time never reads later than the one used. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private record Outcome<T>(T result, List<Breach> breaches) {
    }

    /** One transaction; breaches are escalated once it has committed; lock failures become conflicts. */
    private <T> T write(Supplier<Outcome<T>> work) {
        Outcome<T> outcome;
        try {
            outcome = transactions.execute(status -> work.get());
        } catch (ConcurrencyFailureException e) {
            throw new ConflictException(WorkOrderRepository.CHANGED_CODE, WorkOrderRepository.CHANGED_MESSAGE);
        }
        outcome.breaches().forEach(escalation::escalate);
        return outcome.result();
    }

    private <T> T read(Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }
}
