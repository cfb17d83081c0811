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
import static cn.heatdesk.workorders.domain.Orders.MARKET;
import static cn.heatdesk.workorders.domain.Orders.OTHER_BUTLER;
import static cn.heatdesk.workorders.domain.Orders.STRANGER;
import static cn.heatdesk.workorders.domain.Orders.T0;
import static cn.heatdesk.workorders.domain.Orders.inStatus;
import static cn.heatdesk.workorders.domain.Orders.minutes;
import static cn.heatdesk.workorders.domain.Orders.must;
import static cn.heatdesk.workorders.domain.Orders.refused;
import static cn.heatdesk.workorders.domain.Orders.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Work order rules: R-SYS-1, R-SUP-1, R-ANS-4, R-SUP-3/4, R-SUP-2, R-HOME-1")
class WorkOrderRulesTest {

    @Nested
    @DisplayName("R-SYS-1 registration from every channel, with a customer or an unmatched caller")
    class Registering {

        @Test
        void registersAReceivedOrderWithItsFirstTimelineEntry() {
            WorkOrder order = Orders.registered(OrderKind.REPAIR);

            assertThat(order.status()).isEqualTo(RECEIVED);
            assertThat(order.number()).isEqualTo("GD20261210-0001");
            assertThat(order.firstResponder()).isEqualTo("agent-li");
            assertThat(order.assignee()).isNull();
            assertThat(order.timeline()).containsExactly(new TimelineEntry(T0, "agent-li", TimelineEvent.REGISTERED,
                    null, RECEIVED, null, null));
        }

        @Test
        void takesTheCityHotlinesOrderNumberAndReceiptTime() {
            Registration city = registration(OrderKind.COMPLAINT).channel(Channel.CITY_HOTLINE_12345)
                    .externalId(" 12345-2026-000815 ").receivedAt(T0.minusSeconds(600))
                    .registeredBy(Actor.staff("city-hotline")).build();

            WorkOrder order = WorkOrder.register(city);

            assertThat(order.externalId()).isEqualTo("12345-2026-000815");
            assertThat(order.receivedAt()).isEqualTo(T0.minusSeconds(600));
            assertThat(order.registeredAt()).isEqualTo(T0);
        }

        @Test
        void refusesACityHotlineOrderWithoutItsNumber() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> registration(OrderKind.COMPLAINT).channel(Channel.CITY_HOTLINE_12345).build())
                    .withMessage("12345工单须带12345工单编号");
        }

        @Test
        void refusesAReceiptAfterRegistration() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> registration(OrderKind.REPAIR).receivedAt(T0.plusSeconds(1)).build())
                    .withMessage("受理时间不能晚于登记时间");
        }

        @Test
        void acceptsAReceiptAtTheInstantOfRegistration() {
            assertThat(registration(OrderKind.REPAIR).receivedAt(T0).build().receivedAt()).isEqualTo(T0);
        }

        @Test
        void refusesAProductionNoticeOutsideReceiptAndRegistration() {
            assertThatIllegalArgumentException().isThrownBy(() -> registration(OrderKind.REPAIR)
                            .receivedAt(T0.minusSeconds(60)).productionNoticeAt(T0.minusSeconds(61)).build())
                    .withMessage("生产管理部门通知时间须在受理时间与登记时间之间");
            assertThatIllegalArgumentException().isThrownBy(() -> registration(OrderKind.REPAIR)
                            .productionNoticeAt(T0.plusSeconds(1)).build())
                    .withMessage("生产管理部门通知时间须在受理时间与登记时间之间");
        }

        @Test
        void keepsAnUnmatchedCallerAsHeard() {
            WorkOrder order = WorkOrder.register(registration(OrderKind.LEAK_REPORT).customerId(null)
                    .caller(new Caller(" 王先生 ", "13805331234", "张店区华光路与共青团路路口")).build());

            assertThat(order.isMatched()).isFalse();
            assertThat(order.caller()).isEqualTo(new Caller("王先生", "13805331234", "张店区华光路与共青团路路口"));
        }

        @Test
        void refusesAnOrderWithNeitherCustomerNorCaller() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> registration(OrderKind.REPAIR).customerId(null).build())
                    .withMessage("须关联用户档案或记录来电人信息");
        }

        @Test
        void needsAPhoneOrAnAddressToReachAnUnmatchedCaller() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Caller("王先生", " ", null))
                    .withMessage("来电人须留下电话或地址");
            assertThat(new Caller(null, null, "华光路12号").name()).isNull();
        }

        @Test
        void refusesAnEmergencyRepairOfGeneralUrgency() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> registration(OrderKind.EMERGENCY_REPAIR).urgency(Urgency.GENERAL).build())
                    .withMessage("抢修工单的紧急程度须为紧急");
        }

        @Test
        void refusesAnOrderWithoutADescription() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> registration(OrderKind.REPAIR).description(" ").build())
                    .withMessage("请填写诉求内容");
        }
    }

    @Nested
    @DisplayName("R-SUP-1 the first responder owns the answer until it is given, across reassignments")
    class FirstResponder {

        @Test
        void keepsTheFirstResponderAcrossReassignments() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);

            must(order.reassign("butler12", BUTLER, minutes(5), "属于12号管家片区"));
            must(order.accept(OTHER_BUTLER, minutes(6)));
            must(order.reassign("repair-team", DISPATCHER, minutes(8), "需要焊接"));

            assertThat(order.firstResponder()).isEqualTo("agent-li");
            assertThat(order.assignee()).isEqualTo("repair-team");
            assertThat(order.replyDue()).isTrue();
        }

        @Test
        void makesTheButlerWhoTookTheCallTheFirstResponderWhenAnAgentRegistersIt() {
            WorkOrder order = WorkOrder.register(registration(OrderKind.REPAIR).channel(Channel.BUTLER)
                    .receivedBy("butler07").receivedAt(T0.minusSeconds(300)).build());

            assertThat(order.firstResponder()).isEqualTo("butler07");
            assertThat(order.timeline().get(0).by()).isEqualTo("agent-li");
        }

        @Test
        void owesTheReplyUntilTheFirstResponderGivesIt() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ON_SITE);
            must(order.resolve(BUTLER, minutes(40), "已更换阀门"));

            assertThat(order.replyDue()).isTrue();
            must(order.replyGiven(AGENT, minutes(45), "您家阀门已更换，暖气恢复正常"));

            assertThat(order.replyDue()).isFalse();
            assertThat(order.reply()).isEqualTo(new Reply("agent-li", minutes(45), "您家阀门已更换，暖气恢复正常"));
            assertThat(order.timeline().get(order.timeline().size() - 1).what()).isEqualTo(TimelineEvent.REPLY_GIVEN);
        }

        @Test
        void refusesTheReplyFromTheAssignee() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ON_SITE);
            must(order.resolve(BUTLER, minutes(40), "已更换阀门"));

            Decision.Rejected rejected = refused(order.replyGiven(BUTLER, minutes(45), "已修好"));

            assertThat(rejected.refusal()).isEqualTo(Refusal.NOT_PERMITTED);
            assertThat(rejected.reason()).isEqualTo("答复用户由首问负责人（agent-li）负责。");
        }

        @Test
        void refusesAReplyBeforeTheMatterIsResolved() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ACCEPTED).replyGiven(AGENT, minutes(5), "正在处理")).reason())
                    .isEqualTo("工单已接单、尚未到场，处理完毕后再答复用户。");
        }

        @Test
        void refusesASecondReplyAndAnEmptyOne() {
            WorkOrder order = inStatus(OrderKind.REPAIR, RESOLVED);

            assertThat(refused(order.replyGiven(AGENT, minutes(50), "再说一遍")).reason()).isEqualTo("已答复用户。");
            WorkOrder unanswered = inStatus(OrderKind.REPAIR, ON_SITE);
            must(unanswered.resolve(BUTLER, minutes(40), "已修复"));
            assertThat(refused(unanswered.replyGiven(AGENT, minutes(50), "")).refusal())
                    .isEqualTo(Refusal.INVALID_INPUT);
        }

        @Test
        void refusesToCloseBeforeTheCustomerHasTheAnswer() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ON_SITE);
            must(order.resolve(BUTLER, minutes(40), "已更换阀门"));
            must(order.recordCallback(CALLER_BACK, minutes(60), true, true, null));

            assertThat(refused(order.close(AGENT, minutes(61))).reason()).isEqualTo("首问负责人尚未答复用户，不能办结。");
        }

        @Test
        void countsTheResultAsTheReplyWhenTheFirstResponderResolvesTheOrderThemselves() {
            WorkOrder order = WorkOrder.register(registration(OrderKind.REPAIR).channel(Channel.BUTLER)
                    .registeredBy(BUTLER).build());
            must(order.dispatchTo("butler07", BUTLER, minutes(1)));
            must(order.accept(BUTLER, minutes(1)));
            must(order.checkIn(BUTLER, minutes(20)));

            List<TimelineEntry> entries = must(order.resolve(BUTLER, minutes(30), "已排气，暖气恢复"));

            assertThat(entries).extracting(TimelineEntry::what)
                    .containsExactly(TimelineEvent.RESOLVED, TimelineEvent.REPLY_GIVEN);
            assertThat(order.replyDue()).isFalse();
        }

        @Test
        void owesNoReplyOnACancelledOrder() {
            assertThat(inStatus(OrderKind.REPAIR, CANCELLED).replyDue()).isFalse();
        }
    }

    @Nested
    @DisplayName("R-ANS-4 a paid service is agreed by the customer before it is arranged")
    class PaidServiceConsentFirst {

        @Test
        void refusesToDispatchAPaidServiceWithoutTheCustomersConsent() {
            WorkOrder order = Orders.registered(OrderKind.PAID_SERVICE);

            Decision.Rejected rejected = refused(order.dispatchTo("butler07", AGENT, minutes(1)));

            assertThat(rejected.refusal()).isEqualTo(Refusal.CONFLICTS_WITH_STATE);
            assertThat(rejected.reason()).isEqualTo("有偿服务须先告知用户收费并取得用户同意，才能派单。");
            assertThat(order.status()).isEqualTo(RECEIVED);
        }

        @Test
        void dispatchesAPaidServiceOnceTheConsentIsRecorded() {
            WorkOrder order = Orders.registered(OrderKind.PAID_SERVICE);

            must(order.recordPaidServiceConsent(AGENT, minutes(1)));
            must(order.dispatchTo("butler07", AGENT, minutes(2)));

            assertThat(order.paidServiceConsent()).isEqualTo(new PaidServiceConsent("agent-li", minutes(1)));
            assertThat(order.timeline()).extracting(TimelineEntry::what).containsExactly(TimelineEvent.REGISTERED,
                    TimelineEvent.PAID_SERVICE_CONSENT, TimelineEvent.DISPATCHED);
        }

        @Test
        void recordsTheConsentOnce() {
            WorkOrder order = Orders.registered(OrderKind.PAID_SERVICE);
            must(order.recordPaidServiceConsent(AGENT, minutes(1)));

            assertThat(refused(order.recordPaidServiceConsent(AGENT, minutes(2))).reason()).isEqualTo("已记录用户同意有偿服务。");
        }

        @Test
        void recordsConsentOnlyForPaidServices() {
            assertThat(refused(Orders.registered(OrderKind.REPAIR).recordPaidServiceConsent(AGENT, minutes(1))).reason())
                    .isEqualTo("只有有偿服务工单需要记录用户同意收费。");
        }

        @Test
        void dispatchesOtherKindsWithoutConsent() {
            must(Orders.registered(OrderKind.REPAIR).dispatchTo("butler07", AGENT, minutes(1)));
        }

        @Test
        void refusesConsentOnACancelledOrder() {
            WorkOrder order = inStatus(OrderKind.PAID_SERVICE, CANCELLED);

            assertThat(refused(order.recordPaidServiceConsent(AGENT, minutes(5))).reason())
                    .isEqualTo("工单已取消，不能记录用户同意收费。");
        }
    }

    @Nested
    @DisplayName("R-SUP-3 a delay is explained to the customer with a new time")
    class ExplainedDelay {

        @Test
        void setsTheNewTimeAsTheVisitTarget() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);

            List<TimelineEntry> entries = must(order.explainDelay(BUTLER, minutes(20), minutes(90), "前一处抢修未完，约11点半到"));

            assertThat(order.visitTarget()).isEqualTo(minutes(90));
            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry.what()).isEqualTo(TimelineEvent.DELAY_EXPLAINED);
                assertThat(entry.target()).isEqualTo(minutes(90));
                assertThat(entry.note()).isEqualTo("前一处抢修未完，约11点半到");
                assertThat(entry.status()).isEqualTo(ACCEPTED);
            });
        }

        @Test
        void explainsAgainWithALaterTime() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);
            must(order.explainDelay(BUTLER, minutes(20), minutes(90), "前一处抢修未完"));

            must(order.explainDelay(BUTLER, minutes(85), minutes(150), "材料未到"));

            assertThat(order.visitTarget()).isEqualTo(minutes(150));
        }

        @Test
        void refusesANewTimeThatIsNotInTheFuture() {
            WorkOrder order = inStatus(OrderKind.REPAIR, ACCEPTED);

            assertThat(refused(order.explainDelay(BUTLER, minutes(20), minutes(20), "稍后到")).reason())
                    .isEqualTo("新的到场时间须晚于现在。");
            assertThat(refused(order.explainDelay(BUTLER, minutes(20), null, "稍后到")).refusal())
                    .isEqualTo(Refusal.INVALID_INPUT);
        }

        @Test
        void refusesADelayWithoutAnExplanation() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ACCEPTED).explainDelay(BUTLER, minutes(20), minutes(90), " "))
                    .reason()).isEqualTo("请填写向用户说明的情况。");
        }

        @Test
        void refusesADelayOnceOnSite() {
            assertThat(refused(inStatus(OrderKind.REPAIR, ON_SITE).explainDelay(BUTLER, minutes(20), minutes(90), "晚到"))
                    .reason()).isEqualTo("工单已到场，不能说明延误。");
        }

        @Test
        void refusesADelayOnAnEnquiry() {
            assertThat(refused(Orders.registered(OrderKind.ENQUIRY).explainDelay(DISPATCHER, minutes(5), minutes(90), "晚到"))
                    .reason()).isEqualTo("咨询工单不需要上门，无需说明延误。");
        }

        @Test
        void letsOnlyADispatcherExplainBeforeDispatch() {
            WorkOrder order = Orders.registered(OrderKind.EMERGENCY_REPAIR);

            assertThat(refused(order.explainDelay(AGENT, minutes(5), minutes(90), "抢修队在途")).reason())
                    .isEqualTo("工单尚未派单，只有调度可以说明延误。");
            must(order.explainDelay(DISPATCHER, minutes(5), minutes(90), "抢修队在途"));
        }
    }

    @Nested
    @DisplayName("R-SUP-4 an appointment the customer asks for becomes the target")
    class Appointment {

        @Test
        void setsTheAppointmentAsTheVisitTarget() {
            WorkOrder order = inStatus(OrderKind.REPAIR, DISPATCHED);

            List<TimelineEntry> entries = must(order.agreeAppointment(BUTLER, minutes(5), minutes(24 * 60)));

            assertThat(order.visitTarget()).isEqualTo(minutes(24 * 60));
            assertThat(entries).singleElement().extracting(TimelineEntry::target).isEqualTo(minutes(24 * 60));
        }

        @Test
        void letsTheFirstResponderAgreeTheTimeWhileRegistering() {
            WorkOrder order = Orders.registered(OrderKind.PAID_SERVICE);

            must(order.agreeAppointment(AGENT, T0, minutes(300)));
        }

        @Test
        void refusesAnAppointmentInThePast() {
            assertThat(refused(inStatus(OrderKind.REPAIR, DISPATCHED).agreeAppointment(BUTLER, minutes(5), minutes(4)))
                    .reason()).isEqualTo("预约时间须晚于现在。");
        }

        @Test
        void refusesAnAppointmentFromAStranger() {
            assertThat(refused(inStatus(OrderKind.REPAIR, DISPATCHED).agreeAppointment(STRANGER, minutes(5), minutes(60)))
                    .refusal()).isEqualTo(Refusal.NOT_PERMITTED);
        }

        @Test
        void refusesAnAppointmentForAnEnquiry() {
            assertThat(refused(Orders.registered(OrderKind.ENQUIRY).agreeAppointment(AGENT, minutes(5), minutes(60)))
                    .reason()).isEqualTo("咨询工单不需要上门，无需预约。");
        }
    }

    @Nested
    @DisplayName("R-TEMP-6 a cold home is measured before the complaint is resolved")
    class ColdHome {

        @Test
        void refusesToResolveATemperatureComplaintWithoutAMeasurement() {
            WorkOrder order = inStatus(OrderKind.TEMPERATURE_COMPLAINT, ACCEPTED);
            must(order.checkIn(BUTLER, minutes(30)));

            assertThat(refused(order.resolve(BUTLER, minutes(40), "室温正常")).reason())
                    .isEqualTo("室温投诉须先入户测温，才能登记处理结果。");
            must(order.recordMeasurement(BUTLER, minutes(41)));
            must(order.resolve(BUTLER, minutes(42), "卧室18.5℃，达标"));
        }
    }

    @Nested
    @DisplayName("R-SUP-2, R-HOME-1 callbacks after resolution, by someone other than the visitor")
    class Callbacks {

        @Test
        void keepsTheOrderResolvedWhenTheCustomerIsNotReached() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, RESOLVED);

            List<TimelineEntry> entries = must(order.recordCallback(CALLER_BACK, minutes(70), false, null, "无人接听"));

            assertThat(order.status()).isEqualTo(RESOLVED);
            assertThat(entries).singleElement().extracting(TimelineEntry::what).isEqualTo(TimelineEvent.CALLBACK_UNREACHED);
            assertThat(order.unreachedCallbacks()).isEqualTo(1);
            assertThat(order.reachedCallback()).isEmpty();
        }

        @Test
        void recordsTheSatisfactionOfAReachedCustomer() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, RESOLVED);
            must(order.recordCallback(CALLER_BACK, minutes(70), false, null, "无人接听"));

            must(order.recordCallback(CALLER_BACK, minutes(90), true, false, "等了两个小时"));

            assertThat(order.status()).isEqualTo(CALLED_BACK);
            assertThat(order.reachedCallback())
                    .contains(new CallbackResult("callback-chen", minutes(90), true, false, "等了两个小时"));
            assertThat(order.timeline().get(order.timeline().size() - 1).note()).isEqualTo("不满意：等了两个小时");
        }

        @Test
        void needsTheSatisfactionOfAReachedCustomerAndNoneOfAnUnreachedOne() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, RESOLVED);

            assertThat(refused(order.recordCallback(CALLER_BACK, minutes(70), true, null, null)).reason())
                    .isEqualTo("请记录用户是否满意。");
            assertThat(refused(order.recordCallback(CALLER_BACK, minutes(70), false, true, null)).reason())
                    .isEqualTo("未接通时不能记录满意度。");
        }

        @Test
        void refusesACallbackAfterAHomeVisitByTheVisitor() {
            Decision.Rejected rejected = refused(inStatus(OrderKind.REPAIR, RESOLVED)
                    .recordCallback(BUTLER, minutes(70), true, true, null));

            assertThat(rejected.refusal()).isEqualTo(Refusal.NOT_PERMITTED);
            assertThat(rejected.reason()).isEqualTo("上门服务的回访须由上门人员以外的专人进行。");
        }

        @ParameterizedTest
        @EnumSource(value = OrderKind.class, names = {"COMPLAINT", "REPAIR", "EMERGENCY_REPAIR", "PAID_SERVICE",
                "TEMPERATURE_COMPLAINT"})
        void refusesToCloseWithoutTheCallback(OrderKind kind) {
            WorkOrder order = inStatus(kind, RESOLVED);

            assertThat(refused(order.close(AGENT, minutes(70))).reason())
                    .isEqualTo(kind.label() + "工单须回访用户后才能办结（已 0 次未接通，满 3 次可办结）。");
        }

        @ParameterizedTest
        @EnumSource(value = OrderKind.class, names = {"ENQUIRY", "LEAK_REPORT", "SUSPENSION", "OTHER"})
        void closesWithoutACallbackWhenNoneIsDue(OrderKind kind) {
            WorkOrder order = inStatus(kind, RESOLVED);

            must(order.close(AGENT, minutes(70)));
        }

        @Test
        void closesAfterThreeUnreachedAttemptsButNotTwo() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, RESOLVED);
            must(order.recordCallback(CALLER_BACK, minutes(70), false, null, "无人接听"));
            must(order.recordCallback(CALLER_BACK, minutes(130), false, null, "关机"));

            assertThat(refused(order.close(AGENT, minutes(131))).reason())
                    .isEqualTo("投诉工单须回访用户后才能办结（已 2 次未接通，满 3 次可办结）。");

            must(order.recordCallback(CALLER_BACK, minutes(190), false, null, "无人接听"));
            List<TimelineEntry> entries = must(order.close(AGENT, minutes(191)));

            assertThat(order.status()).isEqualTo(CLOSED);
            assertThat(entries).singleElement().extracting(TimelineEntry::note).isEqualTo("回访 3 次未接通");
        }
    }

    @Nested
    @DisplayName("Cancelling, with the reason told to the customer (R-ANS-3)")
    class Cancelling {

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "DISPATCHED", "ACCEPTED", "ON_SITE"})
        void cancelsAnyTimeBeforeResolution(OrderStatus status) {
            WorkOrder order = inStatus(OrderKind.REPAIR, status);

            List<TimelineEntry> entries = must(order.cancel(AGENT, minutes(70), "用户已自行找人修好"));

            assertThat(order.status()).isEqualTo(CANCELLED);
            assertThat(entries).singleElement().extracting(TimelineEntry::note).isEqualTo("用户已自行找人修好");
        }

        @ParameterizedTest
        @CsvSource({
                "RESOLVED,    工单已处理完毕，不能取消。",
                "CALLED_BACK, 工单已回访，不能取消。",
                "CLOSED,      工单已办结，不能取消。",
                "CANCELLED,   工单已取消，不能取消。"})
        void refusesToCancelOnceResolved(OrderStatus status, String reason) {
            assertThat(refused(inStatus(OrderKind.REPAIR, status).cancel(AGENT, minutes(70), "误登记")).reason())
                    .isEqualTo(reason);
        }
    }

    @Nested
    @DisplayName("Matching an unmatched caller to a customer file")
    class Matching {

        private WorkOrder unmatched() {
            return WorkOrder.register(registration(OrderKind.REPAIR).customerId(null).caller(
                    new Caller("王先生", "13805331234", null)).build());
        }

        @Test
        void matchesTheCustomerAndKeepsWhatTheCallerSaid() {
            WorkOrder order = unmatched();

            List<TimelineEntry> entries = must(order.matchCustomer(1001, 9L, AGENT, minutes(3)));

            assertThat(order.customerId()).isEqualTo(1001L);
            assertThat(order.areaId()).isEqualTo(9L);
            assertThat(order.caller().phone()).isEqualTo("13805331234");
            assertThat(entries).singleElement().extracting(TimelineEntry::note).isEqualTo("用户档案 #1001");
        }

        @Test
        void correctsAWrongMatchAndKeepsTheAreaWhenNoneIsGiven() {
            WorkOrder order = unmatched();
            must(order.matchCustomer(1001, 9L, AGENT, minutes(3)));

            List<TimelineEntry> entries = must(order.matchCustomer(1002, null, AGENT, minutes(4)));

            assertThat(order.customerId()).isEqualTo(1002L);
            assertThat(order.areaId()).isEqualTo(9L);
            assertThat(entries).singleElement().extracting(TimelineEntry::note).isEqualTo("用户档案由 #1001 改为 #1002");
        }

        @Test
        void refusesTheSameMatchTwiceAndAnInvalidId() {
            WorkOrder order = unmatched();
            must(order.matchCustomer(1001, 9L, AGENT, minutes(3)));

            assertThat(refused(order.matchCustomer(1001, 9L, AGENT, minutes(4))).reason()).isEqualTo("工单已关联该用户档案。");
            assertThat(refused(order.matchCustomer(0, 9L, AGENT, minutes(4))).refusal()).isEqualTo(Refusal.INVALID_INPUT);
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = {"CLOSED", "CANCELLED"})
        void refusesToMatchAnEndedOrder(OrderStatus status) {
            assertThat(refused(inStatus(OrderKind.REPAIR, status).matchCustomer(1001, 9L, AGENT, minutes(70))).refusal())
                    .isEqualTo(Refusal.CONFLICTS_WITH_STATE);
        }
    }

    @Nested
    @DisplayName("R-SUP-2 the market customer service department's second callback")
    class SecondCallback {

        @Test
        void selectsACalledBackComplaintAndRecordsTheSecondCallback() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, CLOSED);

            must(order.selectForSpotCheck(Actor.staff("spot-check"), minutes(100)));
            must(order.recordSpotCheck(MARKET, minutes(200), false, null, "无人接听"));
            assertThat(order.spotCheck().done()).isFalse();
            must(order.recordSpotCheck(MARKET, minutes(260), true, true, "问题已解决"));

            assertThat(order.spotCheck()).isEqualTo(new SpotCheck("spot-check", minutes(100),
                    new CallbackResult("market-wang", minutes(260), true, true, "问题已解决")));
            assertThat(order.status()).isEqualTo(CLOSED);
        }

        @Test
        void refusesAComplaintNotYetCalledBack() {
            assertThat(refused(inStatus(OrderKind.COMPLAINT, RESOLVED).selectForSpotCheck(AGENT, minutes(70))).reason())
                    .isEqualTo("工单尚未回访到用户，不能抽查。");
        }

        @Test
        void refusesOrdersThatAreNotComplaints() {
            assertThat(refused(inStatus(OrderKind.REPAIR, CLOSED).selectForSpotCheck(AGENT, minutes(70))).reason())
                    .isEqualTo("只有投诉工单参加二次回访抽查。");
        }

        @Test
        void selectsOnce() {
            WorkOrder order = inStatus(OrderKind.TEMPERATURE_COMPLAINT, CALLED_BACK);
            must(order.selectForSpotCheck(AGENT, minutes(70)));

            assertThat(refused(order.selectForSpotCheck(AGENT, minutes(71))).reason()).isEqualTo("工单已抽中二次回访。");
        }

        @Test
        void letsOnlyTheMarketCustomerServiceDepartmentRecordIt() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, CALLED_BACK);
            must(order.selectForSpotCheck(AGENT, minutes(70)));

            assertThat(refused(order.recordSpotCheck(DISPATCHER, minutes(80), true, true, null)).reason())
                    .isEqualTo("二次回访由市场客服部进行。");
        }

        @Test
        void refusesASecondCallbackThatWasNotSelectedOrIsDone() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, CALLED_BACK);
            assertThat(refused(order.recordSpotCheck(MARKET, minutes(80), true, true, null)).reason())
                    .isEqualTo("工单未抽中二次回访。");

            must(order.selectForSpotCheck(AGENT, minutes(80)));
            must(order.recordSpotCheck(MARKET, minutes(90), true, true, null));
            assertThat(refused(order.recordSpotCheck(MARKET, minutes(91), true, true, null)).reason())
                    .isEqualTo("二次回访已完成。");
        }
    }

    @Test
    void refusesAMissingActorOrInstantAsAProgrammingError() {
        WorkOrder order = Orders.registered(OrderKind.REPAIR);

        assertThatThrownBy(() -> order.dispatchTo("butler07", null, minutes(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> order.dispatchTo("butler07", AGENT, null)).isInstanceOf(NullPointerException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.staff(" ")).withMessage("缺少操作人");
    }
}
