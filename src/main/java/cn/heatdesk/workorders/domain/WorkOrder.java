package cn.heatdesk.workorders.domain;

import static cn.heatdesk.workorders.domain.OrderStatus.ACCEPTED;
import static cn.heatdesk.workorders.domain.OrderStatus.CALLED_BACK;
import static cn.heatdesk.workorders.domain.OrderStatus.CANCELLED;
import static cn.heatdesk.workorders.domain.OrderStatus.CLOSED;
import static cn.heatdesk.workorders.domain.OrderStatus.DISPATCHED;
import static cn.heatdesk.workorders.domain.OrderStatus.ON_SITE;
import static cn.heatdesk.workorders.domain.OrderStatus.RECEIVED;
import static cn.heatdesk.workorders.domain.OrderStatus.RESOLVED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A work order (工单): one customer request and all work on it, from registration to closing.
 *
 * <p>The status changes only through guarded methods; each returns a {@link Decision}: allowed, with the
 * timeline entries it appended, or rejected with a reason in Chinese, leaving the order untouched. Every
 * method takes the acting person and the instant; nothing here reads a clock.
 *
 * <pre>
 * RECEIVED ─dispatchTo→ DISPATCHED ─accept→ ACCEPTED ─checkIn→ ON_SITE ─resolve→ RESOLVED
 *    │                     ↑ reassign (from DISPATCHED, ACCEPTED, ON_SITE)          │ recordCallback
 *    │ resolve (enquiries and other matters settled at once, R-ANS-1)             CALLED_BACK ─close→ CLOSED
 *    └ cancel (any time before RESOLVED) → CANCELLED                 (RESOLVED ─close→ CLOSED when no callback is due)
 * </pre>
 *
 * <p>A mutable aggregate, like an order of spring-restbucks: it is loaded, changed and saved whole within one
 * transaction, so it is never shared between threads; concurrent changes by two people are caught when saving
 * by the stored {@link #version()}. {@link #snapshot()} and {@link #restore(WorkOrderSnapshot)} give the
 * persistence layer every field without putting mapping annotations here.
 */
public final class WorkOrder {

    /**
     * Decision (R-SUP-2, R-ANS-4; the seed is silent): an order that needs a callback may be closed without one
     * once the customer could not be reached this many times, so that an unreachable customer does not keep an
     * order open for ever. The attempts stay in the timeline and the assessment.
     */
    public static final int UNREACHED_CALLBACKS_BEFORE_CLOSING = 3;

    private static final Set<OrderStatus> BEING_WORKED = EnumSet.of(DISPATCHED, ACCEPTED, ON_SITE);
    private static final Set<OrderStatus> NOT_YET_ON_SITE = EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED);

    private final long id;
    private final String number;
    private final Channel channel;
    private final OrderKind kind;
    private final Urgency urgency;
    private Long customerId;
    private final Caller caller;
    private Long areaId;
    private final String description;
    private OrderStatus status;
    private String assignee;
    private final String firstResponder;
    private final String externalId;
    private final Instant receivedAt;
    private final Instant productionNoticeAt;
    private final Instant registeredAt;
    private Instant visitTarget;
    private PaidServiceConsent paidServiceConsent;
    private Reply reply;
    private final List<CallbackResult> callbacks;
    private SpotCheck spotCheck;
    private final List<TimelineEntry> timeline;
    private final long version;

    private WorkOrder(WorkOrderSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.channel = s.channel();
        this.kind = s.kind();
        this.urgency = s.urgency();
        this.customerId = s.customerId();
        this.caller = s.caller();
        this.areaId = s.areaId();
        this.description = s.description();
        this.status = s.status();
        this.assignee = s.assignee();
        this.firstResponder = s.firstResponder();
        this.externalId = s.externalId();
        this.receivedAt = s.receivedAt();
        this.productionNoticeAt = s.productionNoticeAt();
        this.registeredAt = s.registeredAt();
        this.visitTarget = s.visitTarget();
        this.paidServiceConsent = s.paidServiceConsent();
        this.reply = s.reply();
        this.callbacks = new ArrayList<>(s.callbacks());
        this.spotCheck = s.spotCheck();
        this.timeline = new ArrayList<>(s.timeline());
        this.version = s.version();
    }

    /** A new order, RECEIVED, with its first timeline entry; the registration checks its own data. */
    public static WorkOrder register(Registration r) {
        TimelineEntry registered = new TimelineEntry(r.registeredAt(), r.registeredBy().username(),
                TimelineEvent.REGISTERED, null, RECEIVED, null, null);
        return new WorkOrder(new WorkOrderSnapshot(r.id(), r.number(), r.channel(), r.kind(), r.urgency(),
                r.customerId(), r.caller(), r.areaId(), r.description(), RECEIVED, null, r.firstResponder(),
                r.externalId(), r.receivedAt(), r.productionNoticeAt(), r.registeredAt(), null, null, null, List.of(),
                null, List.of(registered), 0));
    }

    /** An order as it was saved. */
    public static WorkOrder restore(WorkOrderSnapshot snapshot) {
        Objects.requireNonNull(snapshot.number(), "number");
        Objects.requireNonNull(snapshot.channel(), "channel");
        Objects.requireNonNull(snapshot.kind(), "kind");
        Objects.requireNonNull(snapshot.urgency(), "urgency");
        Objects.requireNonNull(snapshot.status(), "status");
        Objects.requireNonNull(snapshot.firstResponder(), "firstResponder");
        Objects.requireNonNull(snapshot.receivedAt(), "receivedAt");
        Objects.requireNonNull(snapshot.registeredAt(), "registeredAt");
        if (snapshot.timeline().isEmpty()) {
            throw new IllegalArgumentException("a saved work order has at least its registration in the timeline");
        }
        return new WorkOrder(snapshot);
    }

    public WorkOrderSnapshot snapshot() {
        return new WorkOrderSnapshot(id, number, channel, kind, urgency, customerId, caller, areaId, description,
                status, assignee, firstResponder, externalId, receivedAt, productionNoticeAt, registeredAt,
                visitTarget, paidServiceConsent, reply, callbacks, spotCheck, timeline, version);
    }

    // ---- the customer -------------------------------------------------------------------------------------

    /**
     * Links the order to a customer file, or corrects a wrong link; the caller's own words stay as they were.
     * {@code areaId} is the customer's area (null keeps the current one).
     */
    public Decision matchCustomer(long customerId, Long areaId, Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (status.ended()) {
            return stateRefusal("关联用户档案");
        }
        if (customerId <= 0) {
            return Decision.invalid("用户档案编号无效。");
        }
        if (this.customerId != null && this.customerId == customerId) {
            return Decision.conflict("工单已关联该用户档案。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        String note = this.customerId == null ? "用户档案 #" + customerId
                : "用户档案由 #" + this.customerId + " 改为 #" + customerId;
        this.customerId = customerId;
        if (areaId != null) {
            this.areaId = areaId;
        }
        return allowed(append(TimelineEvent.CUSTOMER_MATCHED, by, at, note, null, null));
    }

    /** R-ANS-4: the customer was told the service is paid and agreed; needed before a paid service is dispatched. */
    public Decision recordPaidServiceConsent(Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (kind != OrderKind.PAID_SERVICE) {
            return Decision.conflict("只有有偿服务工单需要记录用户同意收费。");
        }
        if (paidServiceConsent != null) {
            return Decision.conflict("已记录用户同意有偿服务。");
        }
        if (status != RECEIVED) {
            return stateRefusal("记录用户同意收费");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        paidServiceConsent = new PaidServiceConsent(by.username(), at);
        return allowed(append(TimelineEvent.PAID_SERVICE_CONSENT, by, at, "已告知用户此项服务为有偿服务，用户同意", null, null));
    }

    // ---- routing ------------------------------------------------------------------------------------------

    /** Sends a received order to the person who will handle it (the area's butler, R-BUTLER-5, or another). */
    public Decision dispatchTo(String assignee, Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (BEING_WORKED.contains(status)) {
            return Decision.conflict("工单已派给 " + this.assignee + "，如需改派请使用转派。");
        }
        if (status != RECEIVED) {
            return stateRefusal("派单");
        }
        if (!by.is(firstResponder) && !by.isDispatcher()) {
            return Decision.notPermitted("只有首问负责人（" + firstResponder + "）或调度可以派单。");
        }
        if (blank(assignee)) {
            return Decision.invalid("请选择接单人。");
        }
        if (kind == OrderKind.PAID_SERVICE && paidServiceConsent == null) {
            // R-ANS-4: 首先告知用户此项服务为有偿服务，征得用户认可后…
            return Decision.conflict("有偿服务须先告知用户收费并取得用户同意，才能派单。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        this.assignee = assignee.strip();
        status = DISPATCHED;
        return allowed(append(TimelineEvent.DISPATCHED, by, at, null, this.assignee, null));
    }

    /**
     * Passes the order on to someone else before it is resolved; the new assignee accepts it again. The first
     * responder stays (R-SUP-1: the answer is theirs even when another department does the work).
     */
    public Decision reassign(String to, Actor by, Instant at, String reason) {
        requireActorAndTime(by, at);
        if (status == RECEIVED) {
            return Decision.conflict("工单尚未派单，请直接派单。");
        }
        if (!BEING_WORKED.contains(status)) {
            return stateRefusal("转派");
        }
        if (!by.is(assignee) && !by.is(firstResponder) && !by.isDispatcher()) {
            return Decision.notPermitted("只有当前处理人（" + assignee + "）、首问负责人（" + firstResponder + "）或调度可以转派。");
        }
        if (blank(to)) {
            return Decision.invalid("请选择转派对象。");
        }
        if (to.strip().equals(assignee)) {
            return Decision.invalid("工单已由 " + assignee + " 处理，请选择其他人。");
        }
        if (blank(reason)) {
            return Decision.invalid("请填写转派原因。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        assignee = to.strip();
        status = DISPATCHED;
        return allowed(append(TimelineEvent.REASSIGNED, by, at, reason.strip(), assignee, null));
    }

    // ---- the work -----------------------------------------------------------------------------------------

    public Decision accept(Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (status != DISPATCHED) {
            return stateRefusal("接单");
        }
        if (!handles(by)) {
            return Decision.notPermitted("只有处理人（" + assignee + "）或调度可以接单。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        status = ACCEPTED;
        return allowed(append(TimelineEvent.ACCEPTED, by, at, null, null, null));
    }

    /** R-SUP-3: arrival on site, which meets the on-site deadline. */
    public Decision checkIn(Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (status != ACCEPTED) {
            return stateRefusal("到场签到");
        }
        if (!handles(by)) {
            return Decision.notPermitted("只有处理人（" + assignee + "）或调度可以到场签到。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        status = ON_SITE;
        return allowed(append(TimelineEvent.CHECKED_IN, by, at, null, null, null));
    }

    /**
     * R-SUP-3: the unit cannot be on site in time; it explains to the customer and reports to production
     * management with a new time, which becomes the next on-site target.
     */
    public Decision explainDelay(Actor by, Instant at, Instant newTarget, String explanation) {
        requireActorAndTime(by, at);
        if (!kind.needsVisit()) {
            return Decision.conflict(kind.label() + "工单不需要上门，无需说明延误。");
        }
        if (!NOT_YET_ON_SITE.contains(status)) {
            return stateRefusal("说明延误");
        }
        if (!handles(by)) {
            return Decision.notPermitted(assignee == null ? "工单尚未派单，只有调度可以说明延误。"
                    : "只有处理人（" + assignee + "）或调度可以说明延误。");
        }
        if (newTarget == null || !newTarget.isAfter(at)) {
            return Decision.invalid("新的到场时间须晚于现在。");
        }
        if (blank(explanation)) {
            return Decision.invalid("请填写向用户说明的情况。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        visitTarget = newTarget;
        return allowed(append(TimelineEvent.DELAY_EXPLAINED, by, at, explanation.strip(), null, newTarget));
    }

    /** R-SUP-4: the customer asked for a later visit; the agreed time becomes the target. */
    public Decision agreeAppointment(Actor by, Instant at, Instant appointmentAt) {
        requireActorAndTime(by, at);
        if (!kind.needsVisit()) {
            return Decision.conflict(kind.label() + "工单不需要上门，无需预约。");
        }
        if (!NOT_YET_ON_SITE.contains(status)) {
            return stateRefusal("预约上门时间");
        }
        if (!by.is(firstResponder) && !by.is(assignee) && !by.isDispatcher()) {
            return Decision.notPermitted("只有首问负责人、处理人或调度可以与用户约定上门时间。");
        }
        if (appointmentAt == null || !appointmentAt.isAfter(at)) {
            return Decision.invalid("预约时间须晚于现在。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        visitTarget = appointmentAt;
        return allowed(append(TimelineEvent.APPOINTMENT_AGREED, by, at, null, null, appointmentAt));
    }

    /**
     * R-TEMP-6: a temperature measurement was taken in the customer's home (the reading itself is a
     * measurement record of R-TEMP-3). Taken on site.
     */
    public Decision recordMeasurement(Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (status != ON_SITE) {
            return stateRefusal("记录入户测温");
        }
        if (!handles(by)) {
            return Decision.notPermitted("只有处理人（" + assignee + "）或调度可以记录入户测温。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        return allowed(append(TimelineEvent.MEASURED, by, at, null, null, null));
    }

    /**
     * Records the result. Work done on site is resolved after check-in; an enquiry (and a suspension or other
     * matter) may be settled at once by the first responder, with or without dispatch (R-ANS-1, R-NOTIFY-3). When the
     * first responder resolves the order themselves, the result is their answer to the customer (R-SUP-1).
     */
    public Decision resolve(Actor by, Instant at, String note) {
        requireActorAndTime(by, at);
        if (kind.needsVisit() && NOT_YET_ON_SITE.contains(status)) {
            return Decision.conflict(kind.label() + "工单须到场后才能登记处理结果。");
        }
        boolean settledWithoutVisit = !kind.needsVisit() && NOT_YET_ON_SITE.contains(status);
        if (status != ON_SITE && !settledWithoutVisit) {
            return stateRefusal("登记处理结果");
        }
        // R-ANS-1, R-SUP-1: a matter that needs no visit is the first responder's to answer at once, even after the
        // rule routed it to the area's butler (R-BUTLER-5); the butler and the dispatcher may settle it too.
        boolean permitted = settledWithoutVisit ? by.is(firstResponder) || handles(by) : handles(by);
        if (!permitted) {
            return Decision.notPermitted(!settledWithoutVisit ? "只有处理人（" + assignee + "）或调度可以登记处理结果。"
                    : assignee == null ? "只有首问负责人（" + firstResponder + "）或调度可以当即答复办结。"
                    : "只有首问负责人（" + firstResponder + "）、处理人（" + assignee + "）或调度可以答复办结。");
        }
        if (blank(note)) {
            return Decision.invalid("请填写处理结果。");
        }
        if (kind == OrderKind.TEMPERATURE_COMPLAINT && !measured()) {
            return Decision.conflict("室温投诉须先入户测温，才能登记处理结果。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        status = RESOLVED;
        TimelineEntry resolved = append(TimelineEvent.RESOLVED, by, at, note.strip(), null, null);
        if (!by.is(firstResponder) || reply != null) {
            return allowed(resolved);
        }
        reply = new Reply(by.username(), at, note.strip());
        return new Decision.Allowed(List.of(resolved,
                append(TimelineEvent.REPLY_GIVEN, by, at, "首问负责人亲自处理，处理结果即答复", null, null)));
    }

    // ---- the customer's answer and the callback -----------------------------------------------------------

    /** R-SUP-1: the first responder gives the customer the answer they own, once the matter is resolved. */
    public Decision replyGiven(Actor by, Instant at, String text) {
        requireActorAndTime(by, at);
        if (reply != null) {
            return Decision.conflict("已答复用户。");
        }
        if (status != RESOLVED && status != CALLED_BACK) {
            return status == CANCELLED ? stateRefusal("答复用户")
                    : Decision.conflict("工单" + status.refusalPhrase() + "，处理完毕后再答复用户。");
        }
        if (!by.is(firstResponder) && !by.isDispatcher()) {
            return Decision.notPermitted("答复用户由首问负责人（" + firstResponder + "）负责。");
        }
        if (blank(text)) {
            return Decision.invalid("请填写答复内容。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        reply = new Reply(by.username(), at, text.strip());
        return allowed(append(TimelineEvent.REPLY_GIVEN, by, at, text.strip(), null, null));
    }

    /**
     * R-SUP-2, R-ANS-4: a callback attempt after resolution. A reached customer gives a satisfaction and moves the
     * order to CALLED_BACK; an unreached attempt is recorded and the order stays RESOLVED for another try. After a
     * home visit the callback is made by someone other than the visitor (R-HOME-1, 一访: 安排专人回访).
     */
    public Decision recordCallback(Actor by, Instant at, boolean reached, Boolean satisfied, String comment) {
        requireActorAndTime(by, at);
        if (status == CALLED_BACK) {
            return Decision.conflict("工单已回访。");
        }
        if (status != RESOLVED) {
            return stateRefusal("回访");
        }
        if (kind.needsVisit() && kind.needsCallback() && by.is(assignee)) {
            return Decision.notPermitted("上门服务的回访须由上门人员以外的专人进行。");
        }
        Decision.Rejected resultRefusal = callbackResultRefusal(reached, satisfied);
        if (resultRefusal != null) {
            return resultRefusal;
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        CallbackResult result = new CallbackResult(by.username(), at, reached, satisfied, trimToNull(comment));
        callbacks.add(result);
        if (!reached) {
            return allowed(append(TimelineEvent.CALLBACK_UNREACHED, by, at, result.comment(), null, null));
        }
        status = CALLED_BACK;
        return allowed(append(TimelineEvent.CALLED_BACK, by, at, satisfactionNote(result), null, null));
    }

    /** R-SUP-2: the spot-check sampler chose this called-back complaint for a second callback. */
    public Decision selectForSpotCheck(Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (!kind.isComplaint()) {
            return Decision.conflict("只有投诉工单参加二次回访抽查。");
        }
        if (spotCheck != null) {
            return Decision.conflict("工单已抽中二次回访。");
        }
        if (reachedCallback().isEmpty()) {
            return Decision.conflict("工单尚未回访到用户，不能抽查。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        spotCheck = new SpotCheck(by.username(), at, null);
        return allowed(append(TimelineEvent.SPOT_CHECK_SELECTED, by, at, null, null, null));
    }

    /** R-SUP-2: the market customer service department's second callback; unreached attempts leave it pending. */
    public Decision recordSpotCheck(Actor by, Instant at, boolean reached, Boolean satisfied, String comment) {
        requireActorAndTime(by, at);
        if (spotCheck == null) {
            return Decision.conflict("工单未抽中二次回访。");
        }
        if (spotCheck.done()) {
            return Decision.conflict("二次回访已完成。");
        }
        if (by.role() != ActorRole.MARKET_SERVICE) {
            return Decision.notPermitted("二次回访由市场客服部进行。");
        }
        Decision.Rejected resultRefusal = callbackResultRefusal(reached, satisfied);
        if (resultRefusal != null) {
            return resultRefusal;
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        CallbackResult result = new CallbackResult(by.username(), at, reached, satisfied, trimToNull(comment));
        if (!reached) {
            return allowed(append(TimelineEvent.SPOT_CHECK_UNREACHED, by, at, result.comment(), null, null));
        }
        spotCheck = new SpotCheck(spotCheck.selectedBy(), spotCheck.selectedAt(), result);
        return allowed(append(TimelineEvent.SPOT_CHECKED, by, at, satisfactionNote(result), null, null));
    }

    /**
     * 办结: after the customer has their answer (R-SUP-1) and, where one is due, the callback (R-SUP-2, R-ANS-4,
     * R-HOME-1) — or {@value #UNREACHED_CALLBACKS_BEFORE_CLOSING} unreached attempts.
     */
    public Decision close(Actor by, Instant at) {
        requireActorAndTime(by, at);
        if (status != RESOLVED && status != CALLED_BACK) {
            return stateRefusal("办结");
        }
        if (!by.is(firstResponder) && !by.isDispatcher()) {
            return Decision.notPermitted("只有首问负责人（" + firstResponder + "）或调度可以办结。");
        }
        if (reply == null) {
            return Decision.conflict("首问负责人尚未答复用户，不能办结。");
        }
        long unreached = unreachedCallbacks();
        boolean callbackOutstanding = status == RESOLVED && kind.needsCallback();
        if (callbackOutstanding && unreached < UNREACHED_CALLBACKS_BEFORE_CLOSING) {
            return Decision.conflict(kind.label() + "工单须回访用户后才能办结（已 " + unreached + " 次未接通，满 "
                    + UNREACHED_CALLBACKS_BEFORE_CLOSING + " 次可办结）。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        status = CLOSED;
        String note = callbackOutstanding ? "回访 " + unreached + " 次未接通" : null;
        return allowed(append(TimelineEvent.CLOSED, by, at, note, null, null));
    }

    /** Withdraws an order that will not be worked, with the reason told to the customer (R-ANS-3). */
    public Decision cancel(Actor by, Instant at, String reason) {
        requireActorAndTime(by, at);
        if (status.workDone() || status == CANCELLED) {
            return stateRefusal("取消");
        }
        if (!by.is(firstResponder) && !by.isDispatcher()) {
            return Decision.notPermitted("只有首问负责人（" + firstResponder + "）或调度可以取消工单。");
        }
        if (blank(reason)) {
            return Decision.invalid("请填写取消原因。");
        }
        Decision.Rejected timeRefusal = timeGoesBack(at);
        if (timeRefusal != null) {
            return timeRefusal;
        }
        status = CANCELLED;
        return allowed(append(TimelineEvent.CANCELLED, by, at, reason.strip(), null, null));
    }

    // ---- queries ------------------------------------------------------------------------------------------

    public long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Channel channel() {
        return channel;
    }

    public OrderKind kind() {
        return kind;
    }

    public Urgency urgency() {
        return urgency;
    }

    /** The customer file, or null while only the {@link #caller()} is known. */
    public Long customerId() {
        return customerId;
    }

    public Caller caller() {
        return caller;
    }

    public Long areaId() {
        return areaId;
    }

    public String description() {
        return description;
    }

    public OrderStatus status() {
        return status;
    }

    /** Who handles the order now; null before dispatch. */
    public String assignee() {
        return assignee;
    }

    /** R-SUP-1: who first received the call or visit and owns the answer to the customer. */
    public String firstResponder() {
        return firstResponder;
    }

    public String externalId() {
        return externalId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant productionNoticeAt() {
        return productionNoticeAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** The latest agreed appointment or explained delay's new time (R-SUP-3/4); null while the 30 minutes apply. */
    public Instant visitTarget() {
        return visitTarget;
    }

    public PaidServiceConsent paidServiceConsent() {
        return paidServiceConsent;
    }

    public Reply reply() {
        return reply;
    }

    public List<CallbackResult> callbacks() {
        return Collections.unmodifiableList(callbacks);
    }

    public SpotCheck spotCheck() {
        return spotCheck;
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public long version() {
        return version;
    }

    public boolean isMatched() {
        return customerId != null;
    }

    /** R-SUP-1: the first responder still owes the customer an answer (the list of replies due). */
    public boolean replyDue() {
        return reply == null && status != CANCELLED;
    }

    /** R-TEMP-6. */
    public boolean measured() {
        return timeline.stream().anyMatch(entry -> entry.what() == TimelineEvent.MEASURED);
    }

    public long unreachedCallbacks() {
        return callbacks.stream().filter(callback -> !callback.reached()).count();
    }

    public Optional<CallbackResult> reachedCallback() {
        return callbacks.stream().filter(CallbackResult::reached).findFirst();
    }

    @Override
    public String toString() {
        return "WorkOrder[" + number + ", " + kind + ", " + status + "]";
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The acting person holds the order, or a dispatcher acts for them. */
    private boolean handles(Actor by) {
        return by.isDispatcher() || by.is(assignee);
    }

    private Decision.Rejected stateRefusal(String action) {
        return Decision.conflict("工单" + status.refusalPhrase() + "，不能" + action + "。");
    }

    /** The timeline stays in the order things happened: a change dated before the last entry is refused. */
    private Decision.Rejected timeGoesBack(Instant at) {
        TimelineEntry last = timeline.get(timeline.size() - 1);
        return at.isBefore(last.at())
                ? Decision.invalid("操作时间早于工单上一条记录（" + last.what().label() + "）的时间，请检查系统时间。")
                : null;
    }

    private static Decision.Rejected callbackResultRefusal(boolean reached, Boolean satisfied) {
        if (reached && satisfied == null) {
            return Decision.invalid("请记录用户是否满意。");
        }
        if (!reached && satisfied != null) {
            return Decision.invalid("未接通时不能记录满意度。");
        }
        return null;
    }

    private static String satisfactionNote(CallbackResult result) {
        String verdict = Boolean.TRUE.equals(result.satisfied()) ? "满意" : "不满意";
        return result.comment() == null ? verdict : verdict + "：" + result.comment();
    }

    private TimelineEntry append(TimelineEvent what, Actor by, Instant at, String note, String newAssignee,
                                 Instant target) {
        TimelineEntry entry = new TimelineEntry(at, by.username(), what, note, status, newAssignee, target);
        timeline.add(entry);
        return entry;
    }

    private static Decision allowed(TimelineEntry entry) {
        return new Decision.Allowed(List.of(entry));
    }

    private static void requireActorAndTime(Actor by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
