package cn.heatdesk.workorders.domain;

import static cn.heatdesk.workorders.domain.OrderStatus.ACCEPTED;
import static cn.heatdesk.workorders.domain.OrderStatus.CALLED_BACK;
import static cn.heatdesk.workorders.domain.OrderStatus.CANCELLED;
import static cn.heatdesk.workorders.domain.OrderStatus.CLOSED;
import static cn.heatdesk.workorders.domain.OrderStatus.DISPATCHED;
import static cn.heatdesk.workorders.domain.OrderStatus.ON_SITE;
import static cn.heatdesk.workorders.domain.OrderStatus.RECEIVED;
import static cn.heatdesk.workorders.domain.OrderStatus.RESOLVED;
import static cn.heatdesk.workorders.domain.Orders.AGENT;
import static cn.heatdesk.workorders.domain.Orders.BUTLER;
import static cn.heatdesk.workorders.domain.Orders.CALLER_BACK;
import static cn.heatdesk.workorders.domain.Orders.DISPATCHER;
import static cn.heatdesk.workorders.domain.Orders.OTHER_BUTLER;
import static cn.heatdesk.workorders.domain.Orders.STRANGER;
import static cn.heatdesk.workorders.domain.Orders.inStatus;
import static cn.heatdesk.workorders.domain.Orders.minutes;
import static cn.heatdesk.workorders.domain.Orders.must;
import static cn.heatdesk.workorders.domain.Orders.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Work order transitions: every status against every action, and who may act")
class WorkOrderTransitionsTest {

    /** Comfortably after every step {@link Orders#inStatus} takes. */
    static final Instant LATER = minutes(120);

    /** Each action with valid input, by someone allowed to do it whenever the status allows it. */
    enum Action {
        DISPATCH(RECEIVED, DISPATCHED, (o, at) -> o.dispatchTo(BUTLER.username(), DISPATCHER, at)),
        REASSIGN(EnumSet.of(DISPATCHED, ACCEPTED, ON_SITE), DISPATCHED,
                (o, at) -> o.reassign(OTHER_BUTLER.username(), DISPATCHER, at, "原管家休假")),
        ACCEPT(DISPATCHED, ACCEPTED, (o, at) -> o.accept(BUTLER, at)),
        CHECK_IN(ACCEPTED, ON_SITE, (o, at) -> o.checkIn(BUTLER, at)),
        EXPLAIN_DELAY(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED), null,
                (o, at) -> o.explainDelay(DISPATCHER, at, at.plus(Duration.ofHours(1)), "抢修车辆在途，预计一小时到达")),
        AGREE_APPOINTMENT(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED), null,
                (o, at) -> o.agreeAppointment(DISPATCHER, at, at.plus(Duration.ofDays(1)))),
        MEASURE(ON_SITE, null, (o, at) -> o.recordMeasurement(BUTLER, at)),
        RESOLVE(ON_SITE, RESOLVED, (o, at) -> o.resolve(BUTLER, at, "已修复")),
        CALL_BACK(RESOLVED, CALLED_BACK, (o, at) -> o.recordCallback(CALLER_BACK, at, true, true, null)),
        CLOSE(CALLED_BACK, CLOSED, (o, at) -> o.close(AGENT, at)),
        CANCEL(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, ON_SITE), CANCELLED,
                (o, at) -> o.cancel(AGENT, at, "用户已自行处理"));

        final Set<OrderStatus> allowedFrom;
        /** The status after it, or null when it keeps the status. */
        final OrderStatus leadsTo;
        final BiFunction<WorkOrder, Instant, Decision> perform;

        Action(OrderStatus from, OrderStatus leadsTo, BiFunction<WorkOrder, Instant, Decision> perform) {
            this(EnumSet.of(from), leadsTo, perform);
        }

        Action(Set<OrderStatus> allowedFrom, OrderStatus leadsTo, BiFunction<WorkOrder, Instant, Decision> perform) {
            this.allowedFrom = allowedFrom;
            this.leadsTo = leadsTo;
            this.perform = perform;
        }
    }

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(status, action, action.allowedFrom.contains(status)));
            }
        }
        return cases.stream();
    }

    @Nested
    @DisplayName("A repair: received → dispatched → accepted → on site → resolved → called back → closed")
    class EveryTransition {

        @ParameterizedTest(name = "{0} + {1} → allowed: {2}")
        @MethodSource("cn.heatdesk.workorders.domain.WorkOrderTransitionsTest#everyStatusAndAction")
        void allowsExactlyTheTransitionsOfTheLifecycle(OrderStatus status, Action action, boolean allowed) {
            WorkOrder order = inStatus(OrderKind.REPAIR, status);
            WorkOrderSnapshot before = order.snapshot();

            Decision decision = action.perform.apply(order, LATER);

            if (allowed) {
                List<TimelineEntry> entries = must(decision);
                assertThat(order.status()).isEqualTo(action.leadsTo == null ? status : action.leadsTo);
                assertThat(order.timeline()).endsWith(entries.toArray(TimelineEntry[]::new));
                assertThat(entries).allSatisfy(entry -> assertThat(entry.at()).isEqualTo(LATER));
            } else {
                Decision.Rejected rejected = refused(decision);
                assertThat(rejected.refusal()).isEqualTo(Refusal.CONFLICTS_WITH_STATE);
                assertThat(rejected.reason()).isNotBlank().endsWith("。");
                assertThat(order.snapshot()).as("a refused change leaves the order untouched").isEqualTo(before);
            }
        }

        @Test
        void namesTheStatusInTheRefusal() {
            assertThat(refused(inStatus(OrderKind.REPAIR, RECEIVED).accept(BUTLER, LATER)).reason())
                    .isEqualTo("工单尚未派单，不能接单。");
            assertThat(refused(inStatus(OrderKind.REPAIR, CLOSED).cancel(AGENT, LATER, "误登记")).reason())
                    .isEqualTo("工单已办结，不能取消。");
            assertThat(refused(inStatus(OrderKind.REPAIR, DISPATCHED).checkIn(BUTLER, LATER)).reason())
                    .isEqualTo("工单已派单、尚未接单，不能到场签到。");
        }

        @Test
        void pointsToReassignmentWhenDispatchingAnOrderAlreadyDispatched() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ACCEPTED).dispatchTo("butler12", DISPATCHER, LATER)).reason())
                    .isEqualTo("工单已派给 butler07，如需改派请使用转派。");
        }

        @Test
        void pointsToDispatchWhenReassigningAReceivedOrder() {
            assertThat(refused(inStatus(OrderKind.REPAIR, RECEIVED).reassign("butler12", DISPATCHER, LATER, "换人"))
                    .reason()).isEqualTo("工单尚未派单，请直接派单。");
        }

        @Test
        void refusesToResolveWorkOnSiteBeforeCheckIn() {
            Decision.Rejected rejected = refused(inStatus(OrderKind.REPAIR, ACCEPTED).resolve(BUTLER, LATER, "已修复"));

            assertThat(rejected.reason()).isEqualTo("维修工单须到场后才能登记处理结果。");
        }

        @Test
        void turnsARefusalIntoTheCallersOwnExceptionOrHandsBackTheEntries() {
            WorkOrder order = inStatus(OrderKind.REPAIR, RECEIVED);

            assertThatThrownBy(() -> order.accept(BUTLER, LATER)
                    .orElseThrow(rejected -> new IllegalStateException(rejected.refusal() + ": " + rejected.reason())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("CONFLICTS_WITH_STATE: 工单尚未派单，不能接单。");
            assertThat(order.dispatchTo("butler07", AGENT, LATER).orElseThrow(rejected -> new IllegalStateException(rejected.reason())))
                    .extracting(TimelineEntry::what).containsExactly(TimelineEvent.DISPATCHED);
        }

        @Test
        void refusesASecondCallbackOnceTheCustomerWasReached() {
            assertThat(refused(inStatus(OrderKind.REPAIR, CALLED_BACK)
                    .recordCallback(CALLER_BACK, LATER, true, true, null)).reason()).isEqualTo("工单已回访。");
        }

        @Test
        void recordsEachStepOfTheHappyPathInOrderWithWhoAndWhen() {
            WorkOrder order = inStatus(OrderKind.REPAIR, CLOSED);

            assertThat(order.timeline()).extracting(TimelineEntry::what).containsExactly(
                    TimelineEvent.REGISTERED, TimelineEvent.DISPATCHED, TimelineEvent.ACCEPTED,
                    TimelineEvent.CHECKED_IN, TimelineEvent.RESOLVED, TimelineEvent.REPLY_GIVEN,
                    TimelineEvent.CALLED_BACK, TimelineEvent.CLOSED);
            assertThat(order.timeline()).extracting(TimelineEntry::by).containsExactly(
                    "agent-li", "agent-li", "butler07", "butler07", "butler07", "agent-li", "callback-chen", "agent-li");
            assertThat(order.timeline()).extracting(TimelineEntry::status).containsExactly(
                    RECEIVED, DISPATCHED, ACCEPTED, ON_SITE, RESOLVED, RESOLVED, CALLED_BACK, CLOSED);
            assertThat(order.timeline().get(1).assignee()).isEqualTo("butler07");
            assertThat(order.timeline().get(4).note()).isEqualTo("更换散热器阀门，恢复供热");
            assertThat(order.timeline().get(6).note()).isEqualTo("满意：师傅很专业");
        }
    }

    @Nested
    @DisplayName("R-ANS-1 an enquiry is answered at once when possible, without dispatch")
    class AnsweredAtOnce {

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "DISPATCHED", "ACCEPTED", "ON_SITE"})
        void resolvesAnEnquiryFromAnyStatusBeforeResolution(OrderStatus status) {
            WorkOrder order = inStatus(OrderKind.ENQUIRY, status);
            Actor resolver = status == RECEIVED ? AGENT : BUTLER;

            must(order.resolve(resolver, LATER, "告知用户报停须在10月15日前办理"));

            assertThat(order.status()).isEqualTo(RESOLVED);
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = {"RESOLVED", "CALLED_BACK", "CLOSED", "CANCELLED"})
        void refusesToResolveAnEnquiryTwiceOrAfterCancelling(OrderStatus status) {
            WorkOrder order = inStatus(OrderKind.ENQUIRY, status);

            assertThat(refused(order.resolve(AGENT, LATER, "再次答复")).refusal()).isEqualTo(Refusal.CONFLICTS_WITH_STATE);
        }

        @Test
        void countsTheAnswerGivenAtOnceAsTheFirstRespondersReply() {
            WorkOrder order = Orders.registered(OrderKind.ENQUIRY);

            List<TimelineEntry> entries = must(order.resolve(AGENT, minutes(3), "供暖期为11月15日至次年3月15日"));

            assertThat(entries).extracting(TimelineEntry::what)
                    .containsExactly(TimelineEvent.RESOLVED, TimelineEvent.REPLY_GIVEN);
            assertThat(order.reply()).isEqualTo(new Reply("agent-li", minutes(3), "供暖期为11月15日至次年3月15日"));
            assertThat(order.replyDue()).isFalse();
            assertThat(order.assignee()).isNull();
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = {"DISPATCHED", "ACCEPTED"})
        void letsTheFirstResponderAnswerAnEnquiryThatRoutingSentToTheButler(OrderStatus status) {
            WorkOrder order = inStatus(OrderKind.ENQUIRY, status);

            List<TimelineEntry> entries = must(order.resolve(AGENT, LATER, "报停须在10月15日前到营业厅办理"));

            assertThat(order.status()).isEqualTo(RESOLVED);
            assertThat(entries).extracting(TimelineEntry::what)
                    .containsExactly(TimelineEvent.RESOLVED, TimelineEvent.REPLY_GIVEN);
            assertThat(order.replyDue()).isFalse();
        }

        @Test
        void refusesSomeoneElseTheAnswerOfARoutedEnquiry() {
            WorkOrder order = inStatus(OrderKind.ENQUIRY, OrderStatus.DISPATCHED);

            Decision.Rejected rejected = refused(order.resolve(STRANGER, LATER, "随便答复"));

            assertThat(rejected.refusal()).isEqualTo(Refusal.NOT_PERMITTED);
            assertThat(rejected.reason()).isEqualTo("只有首问负责人（agent-li）、处理人（butler07）或调度可以答复办结。");
        }

        @Test
        void closesAnAnsweredEnquiryWithoutACallback() {
            WorkOrder order = Orders.registered(OrderKind.ENQUIRY);
            must(order.resolve(AGENT, minutes(3), "供暖期为11月15日至次年3月15日"));

            must(order.close(AGENT, minutes(4)));

            assertThat(order.status()).isEqualTo(CLOSED);
        }

        @ParameterizedTest
        @EnumSource(value = OrderKind.class, names = {"SUSPENSION", "OTHER"})
        void settlesOtherMattersThatNeedNoVisitAtOnceToo(OrderKind kind) {
            WorkOrder order = Orders.registered(kind);

            must(order.resolve(AGENT, minutes(5), "当场办理完毕"));

            assertThat(order.status()).isEqualTo(RESOLVED);
        }

        @ParameterizedTest
        @EnumSource(value = OrderKind.class, names = {"COMPLAINT", "REPAIR", "EMERGENCY_REPAIR", "PAID_SERVICE",
                "TEMPERATURE_COMPLAINT", "LEAK_REPORT"})
        void refusesToResolveWorkThatNeedsAVisitWithoutOne(OrderKind kind) {
            WorkOrder order = Orders.registered(kind);

            assertThat(refused(order.resolve(AGENT, minutes(5), "已答复")).reason())
                    .isEqualTo(kind.label() + "工单须到场后才能登记处理结果。");
        }

        @Test
        void refusesAnEmptyAnswer() {
            WorkOrder order = Orders.registered(OrderKind.ENQUIRY);

            Decision.Rejected rejected = refused(order.resolve(AGENT, minutes(3), "  "));

            assertThat(rejected.refusal()).isEqualTo(Refusal.INVALID_INPUT);
            assertThat(rejected.reason()).isEqualTo("请填写处理结果。");
        }
    }

    @Nested
    @DisplayName("Only the assignee, or a dispatcher for them, accepts, checks in and resolves")
    class WhoMayAct {

        @Test
        void refusesAnotherButlerAcceptingTheOrder() {
            WorkOrder order = inStatus(OrderKind.REPAIR, DISPATCHED);

            Decision.Rejected rejected = refused(order.accept(OTHER_BUTLER, LATER));

            assertThat(rejected.refusal()).isEqualTo(Refusal.NOT_PERMITTED);
            assertThat(rejected.reason()).isEqualTo("只有处理人（butler07）或调度可以接单。");
            assertThat(order.status()).isEqualTo(DISPATCHED);
        }

        @Test
        void refusesAnotherButlerCheckingIn() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ACCEPTED).checkIn(OTHER_BUTLER, LATER)).refusal())
                    .isEqualTo(Refusal.NOT_PERMITTED);
        }

        @Test
        void refusesAnotherButlerResolving() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ON_SITE).resolve(OTHER_BUTLER, LATER, "已修复")).refusal())
                    .isEqualTo(Refusal.NOT_PERMITTED);
        }

        @Test
        void refusesTheFirstResponderActingForTheAssignee() {
            assertThat(refused(inStatus(OrderKind.REPAIR, DISPATCHED).accept(AGENT, LATER)).refusal())
                    .isEqualTo(Refusal.NOT_PERMITTED);
        }

        @Test
        void letsADispatcherActForTheAssigneeAndRecordsWhoDidIt() {
            WorkOrder order = inStatus(OrderKind.REPAIR, DISPATCHED);

            must(order.accept(DISPATCHER, minutes(3)));
            must(order.checkIn(DISPATCHER, minutes(20)));
            must(order.resolve(DISPATCHER, minutes(30), "已修复"));

            assertThat(order.status()).isEqualTo(RESOLVED);
            assertThat(order.timeline()).extracting(TimelineEntry::by).endsWith("dispatcher-liu", "dispatcher-liu",
                    "dispatcher-liu");
        }

        @Test
        void letsOnlyTheFirstResponderOrADispatcherDispatch() {
            WorkOrder order = Orders.registered(OrderKind.REPAIR);

            assertThat(refused(order.dispatchTo("butler07", STRANGER, minutes(1))).reason())
                    .isEqualTo("只有首问负责人（agent-li）或调度可以派单。");
            must(order.dispatchTo("butler07", DISPATCHER, minutes(1)));
        }

        @Test
        void letsTheAssigneeHandAnOrderOn() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);

            must(order.reassign("butler12", BUTLER, minutes(5), "属于12号管家片区"));

            assertThat(order.assignee()).isEqualTo("butler12");
            assertThat(order.status()).isEqualTo(DISPATCHED);
        }

        @Test
        void refusesAStrangerReassigning() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ACCEPTED).reassign("butler12", STRANGER, LATER, "换人"))
                    .refusal()).isEqualTo(Refusal.NOT_PERMITTED);
        }

        @Test
        void refusesToReassignToTheSameAssigneeOrWithoutAReason() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);

            assertThat(refused(order.reassign("butler07", DISPATCHER, LATER, "换人")).reason())
                    .isEqualTo("工单已由 butler07 处理，请选择其他人。");
            assertThat(refused(order.reassign("butler12", DISPATCHER, LATER, "")).reason()).isEqualTo("请填写转派原因。");
            assertThat(refused(order.reassign(" ", DISPATCHER, LATER, "换人")).reason()).isEqualTo("请选择转派对象。");
        }

        @Test
        void refusesADispatchWithoutAnAssignee() {
            assertThat(refused(Orders.registered(OrderKind.REPAIR).dispatchTo(null, AGENT, minutes(1))).refusal())
                    .isEqualTo(Refusal.INVALID_INPUT);
        }

        @Test
        void letsOnlyTheFirstResponderOrADispatcherCancelOrClose() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ACCEPTED).cancel(BUTLER, LATER, "不想修了")).reason())
                    .isEqualTo("只有首问负责人（agent-li）或调度可以取消工单。");
            assertThat(refused(inStatus(OrderKind.REPAIR, CALLED_BACK).close(BUTLER, LATER)).reason())
                    .isEqualTo("只有首问负责人（agent-li）或调度可以办结。");
            must(inStatus(OrderKind.REPAIR, CALLED_BACK).close(DISPATCHER, LATER));
        }

        @Test
        void refusesACancellationWithoutAReason() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ACCEPTED).cancel(AGENT, LATER, null)).reason())
                    .isEqualTo("请填写取消原因。");
        }

        @Test
        void takesTheMeasurementOnlyFromTheAssigneeOnSite() {
            WorkOrder order = inStatus(OrderKind.TEMPERATURE_COMPLAINT, ACCEPTED);
            must(order.checkIn(BUTLER, minutes(30)));

            assertThat(refused(order.recordMeasurement(OTHER_BUTLER, minutes(31))).refusal())
                    .isEqualTo(Refusal.NOT_PERMITTED);
            must(order.recordMeasurement(BUTLER, minutes(31)));
            assertThat(order.measured()).isTrue();
        }
    }

    @Nested
    @DisplayName("R-SYS-3 the timeline is kept in the order things happened")
    class TimelineOrder {

        @Test
        void refusesAChangeDatedBeforeTheLastEntry() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);

            Decision.Rejected rejected = refused(order.checkIn(BUTLER, minutes(1)));

            assertThat(rejected.refusal()).isEqualTo(Refusal.INVALID_INPUT);
            assertThat(rejected.reason()).isEqualTo("操作时间早于工单上一条记录（接单）的时间，请检查系统时间。");
            assertThat(order.status()).isEqualTo(ACCEPTED);
        }

        @Test
        void acceptsTwoStepsAtTheSameInstant() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);

            must(order.checkIn(BUTLER, minutes(2)));
        }

        @Test
        void exposesTheTimelineReadOnly() {
            WorkOrder order = Orders.registered(OrderKind.REPAIR);

            assertThat(order.timeline()).isUnmodifiable();
            assertThat(order.callbacks()).isUnmodifiable();
        }
    }

    @Nested
    @DisplayName("Persistence: an order is saved whole and restored as it was")
    class Snapshots {

        @ParameterizedTest
        @EnumSource(OrderStatus.class)
        void restoresEveryFieldFromItsSnapshot(OrderStatus status) {
            WorkOrder order = inStatus(OrderKind.PAID_SERVICE, status);

            WorkOrder restored = WorkOrder.restore(order.snapshot());

            assertThat(restored.snapshot()).isEqualTo(order.snapshot());
        }

        @Test
        void keepsTheStoredVersionForTheOptimisticCheck() {
            WorkOrderSnapshot stored = inStatus(OrderKind.REPAIR, DISPATCHED).snapshot();
            WorkOrderSnapshot version7 = new WorkOrderSnapshot(stored.id(), stored.number(), stored.channel(),
                    stored.kind(), stored.urgency(), stored.customerId(), stored.caller(), stored.areaId(),
                    stored.description(), stored.status(), stored.assignee(), stored.firstResponder(),
                    stored.externalId(), stored.receivedAt(), stored.productionNoticeAt(), stored.registeredAt(),
                    stored.visitTarget(), stored.paidServiceConsent(), stored.reply(), stored.callbacks(),
                    stored.spotCheck(), stored.timeline(), 7);

            WorkOrder order = WorkOrder.restore(version7);
            must(order.accept(BUTLER, LATER));

            assertThat(order.version()).isEqualTo(7);
            assertThat(order.snapshot().version()).isEqualTo(7);
        }

        @Test
        void startsANewOrderAtVersionZero() {
            assertThat(Orders.registered(OrderKind.REPAIR).version()).isZero();
        }

        @Test
        void refusesToRestoreAnOrderWithoutItsRegistration() {
            WorkOrderSnapshot stored = Orders.registered(OrderKind.REPAIR).snapshot();
            WorkOrderSnapshot empty = new WorkOrderSnapshot(stored.id(), stored.number(), stored.channel(),
                    stored.kind(), stored.urgency(), stored.customerId(), stored.caller(), stored.areaId(),
                    stored.description(), stored.status(), stored.assignee(), stored.firstResponder(),
                    stored.externalId(), stored.receivedAt(), stored.productionNoticeAt(), stored.registeredAt(),
                    null, null, null, List.of(), null, List.of(), 0);

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> WorkOrder.restore(empty));
        }
    }
}
