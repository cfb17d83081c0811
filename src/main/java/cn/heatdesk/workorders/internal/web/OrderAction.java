package cn.heatdesk.workorders.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import cn.heatdesk.workorders.domain.Actor;
import cn.heatdesk.workorders.domain.Decision;
import cn.heatdesk.workorders.domain.Refusal;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * The actions a person can take on an order from its page, each posted to {@code /orders/{id}/{path}}.
 *
 * <p>Which of them to offer is asked of the domain itself: each is tried on a copy of the order with stand-in
 * input ({@link #offeredTo}). A refusal for the state or the person hides the action; a refusal of the stand-in
 * input does not (the real form supplies the input). So the page never offers what {@code WorkOrder} would refuse,
 * and never hides what it would allow.
 */
enum OrderAction {
    /** Links an unmatched caller to a customer file; offered only while the order has none. */
    MATCH("match", (o, p) -> o.customerId() != null ? Decision.conflict("已关联用户档案")
            : o.matchCustomer(Long.MAX_VALUE, null, p.actor(), p.at())),
    CONSENT("consent", (o, p) -> o.recordPaidServiceConsent(p.actor(), p.at())),
    DISPATCH("dispatch", (o, p) -> o.dispatchTo(Probe.PERSON, p.actor(), p.at())),
    ACCEPT("accept", (o, p) -> o.accept(p.actor(), p.at())),
    CHECK_IN("check-in", (o, p) -> o.checkIn(p.actor(), p.at())),
    MEASURE("measure", (o, p) -> o.recordMeasurement(p.actor(), p.at())),
    RESOLVE("resolve", (o, p) -> o.resolve(p.actor(), p.at(), Probe.TEXT)),
    REPLY("reply", (o, p) -> o.replyGiven(p.actor(), p.at(), Probe.TEXT)),
    CALLBACK("callback", (o, p) -> o.recordCallback(p.actor(), p.at(), true, true, null)),
    SPOT_CHECK("spot-check", (o, p) -> o.recordSpotCheck(p.actor(), p.at(), true, true, null)),
    CLOSE("close", (o, p) -> o.close(p.actor(), p.at())),
    APPOINTMENT("appointment", (o, p) -> o.agreeAppointment(p.actor(), p.at(), p.at().plus(Duration.ofHours(1)))),
    DELAY("delay", (o, p) -> o.explainDelay(p.actor(), p.at(), p.at().plus(Duration.ofHours(1)), Probe.TEXT)),
    REASSIGN("reassign", (o, p) -> o.reassign(Probe.PERSON, p.actor(), p.at(), Probe.TEXT)),
    CANCEL("cancel", (o, p) -> o.cancel(p.actor(), p.at(), Probe.TEXT));

    private final String path;
    private final BiFunction<WorkOrder, Probe, Decision> probe;

    OrderAction(String path, BiFunction<WorkOrder, Probe, Decision> probe) {
        this.path = path;
        this.probe = probe;
    }

    /** The last segment of the action's URL. */
    public String path() {
        return path;
    }

    /** The message key suffix: {@code orders.action.check-in}. */
    public String key() {
        return path;
    }

    static Optional<OrderAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    /** The actions the domain would let {@code actor} take on {@code order} at {@code at}, in the order shown. */
    static List<OrderAction> offeredTo(WorkOrder order, Actor actor, Instant at) {
        return Arrays.stream(values()).filter(a -> a.offered(order, actor, at)).toList();
    }

    private boolean offered(WorkOrder order, Actor actor, Instant at) {
        WorkOrder copy = WorkOrder.restore(order.snapshot());
        Decision decision = probe.apply(copy, new Probe(actor, at));
        return decision instanceof Decision.Allowed
                || decision instanceof Decision.Rejected r && r.refusal() == Refusal.INVALID_INPUT;
    }

    /** Who tries and when; the stand-in person and text of a probe. */
    record Probe(Actor actor, Instant at) {
        static final String PERSON = "\u0000probe";
        static final String TEXT = "probe";
    }
}
