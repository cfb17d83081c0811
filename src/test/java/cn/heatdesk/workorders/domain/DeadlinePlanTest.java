package cn.heatdesk.workorders.domain;

import static cn.heatdesk.policy.domain.DeadlineRule.EMERGENCY_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.GENERAL_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.ON_SITE;
import static cn.heatdesk.policy.domain.DeadlineRule.PAID_SERVICE_CALLBACK;
import static cn.heatdesk.policy.domain.DeadlineRule.TEMPERATURE_TEST;
import static cn.heatdesk.workorders.domain.Orders.AGENT;
import static cn.heatdesk.workorders.domain.Orders.BUTLER;
import static cn.heatdesk.workorders.domain.Orders.CALLER_BACK;
import static cn.heatdesk.workorders.domain.Orders.DISPATCHER;
import static cn.heatdesk.workorders.domain.Orders.DUE_TIMES;
import static cn.heatdesk.workorders.domain.Orders.T0;
import static cn.heatdesk.workorders.domain.Orders.minutes;
import static cn.heatdesk.workorders.domain.Orders.must;
import static cn.heatdesk.workorders.domain.Orders.registration;
import static cn.heatdesk.workorders.domain.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.heatdesk.policy.domain.DeadlineRule;

@DisplayName("Deadline plan: R-SUP-3, R-SUP-4, R-BUTLER-6, R-TEMP-6, R-ANS-4")
class DeadlinePlanTest {

    /** An order with its deadlines, each allowed step run through the plan as the service will. */
    static final class Tracked {

        final DeadlinePlan plan;
        final WorkOrder order;
        final OrderDeadlines deadlines = OrderDeadlines.none();
        List<DeadlineUpdate> lastUpdates;

        Tracked(DeadlinePlan plan, Registration registration) {
            this.plan = plan;
            this.order = WorkOrder.register(registration);
            lastUpdates = deadlines.apply(plan.changesFor(order, order.timeline()), DUE_TIMES);
        }

        Tracked(Registration registration) {
            this(DeadlinePlan.seed(), registration);
        }

        List<DeadlineUpdate> step(Decision decision) {
            lastUpdates = deadlines.apply(plan.changesFor(order, must(decision)), DUE_TIMES);
            return lastUpdates;
        }

        TrackedDeadline open(DeadlineRule rule) {
            return deadlines.openDeadline(rule).orElseThrow(() -> new AssertionError("no open " + rule));
        }

        /** e.g. "ON_SITE OPEN" for each deadline, in the order they were opened. */
        List<String> summary() {
            return deadlines.all().stream().map(d -> d.rule() + " " + d.status()).toList();
        }

        Set<DeadlineOutcome> lastOutcomes() {
            return lastUpdates.stream().map(DeadlineUpdate::outcome).collect(Collectors.toSet());
        }
    }

    static Tracked registered(OrderKind kind) {
        return new Tracked(registration(kind).build());
    }

    @Nested
    @DisplayName("Which deadlines an order opens, by kind and channel")
    class PerKindAndChannel {

        @ParameterizedTest(name = "{0} via {1} ({2}) → {3}")
        @CsvSource(delimiter = '|', value = {
                "ENQUIRY               | HOTLINE_968111        | GENERAL   | ",
                "COMPLAINT             | HOTLINE_968111        | GENERAL   | ON_SITE OPEN",
                "REPAIR                | WALK_IN               | GENERAL   | ON_SITE OPEN",
                "EMERGENCY_REPAIR      | HOTLINE_968111        | EMERGENCY | ON_SITE OPEN",
                "LEAK_REPORT           | WEB                   | EMERGENCY | ON_SITE OPEN",
                "TEMPERATURE_COMPLAINT | HOTLINE_968111        | GENERAL   | TEMPERATURE_TEST OPEN",
                "PAID_SERVICE          | HOTLINE_968111        | GENERAL   | ",
                "SUSPENSION            | PUBLIC_UTILITY_CENTRE | GENERAL   | ",
                "OTHER                 | HOTLINE_968111        | GENERAL   | ",
                "COMPLAINT             | CITY_HOTLINE_12345    | GENERAL   | ON_SITE OPEN",
                "REPAIR                | BUTLER                | GENERAL   | ON_SITE OPEN, GENERAL_REPORT MET",
                "EMERGENCY_REPAIR      | BUTLER                | EMERGENCY | ON_SITE OPEN, EMERGENCY_REPORT MET",
                "ENQUIRY               | BUTLER                | GENERAL   | GENERAL_REPORT MET",
                "TEMPERATURE_COMPLAINT | BUTLER                | EMERGENCY | EMERGENCY_REPORT MET, TEMPERATURE_TEST OPEN"})
        void opensTheSeedsDeadlinesOnRegistration(OrderKind kind, Channel channel, Urgency urgency, String expected) {
            Tracked tracked = new Tracked(registration(kind).channel(channel).urgency(urgency)
                    .externalId(channel == Channel.CITY_HOTLINE_12345 ? "12345-1" : null).build());

            assertThat(tracked.summary())
                    .containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : Arrays.asList(expected.split(", ")));
        }

        @ParameterizedTest(name = "{0} via {1} ({2}) may open {3}")
        @CsvSource(delimiter = '|', value = {
                "PAID_SERVICE          | HOTLINE_968111 | GENERAL   | PAID_SERVICE_CALLBACK",
                "PAID_SERVICE          | BUTLER         | GENERAL   | GENERAL_REPORT PAID_SERVICE_CALLBACK",
                "TEMPERATURE_COMPLAINT | WEB            | GENERAL   | TEMPERATURE_TEST",
                "LEAK_REPORT           | BUTLER         | EMERGENCY | ON_SITE EMERGENCY_REPORT",
                "ENQUIRY               | WALK_IN        | GENERAL   | "})
        void namesEveryRuleAnOrderMayOpenInItsLife(OrderKind kind, Channel channel, Urgency urgency, String rules) {
            Set<DeadlineRule> expected = EnumSet.noneOf(DeadlineRule.class);
            if (rules != null) {
                Arrays.stream(rules.split(" ")).map(DeadlineRule::valueOf).forEach(expected::add);
            }

            assertThat(DeadlinePlan.seed().rulesFor(kind, channel, urgency)).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("R-SUP-3 on site within 30 minutes of the request or of production management's notice")
    class OnSite {

        @Test
        void fallsDueThirtyMinutesAfterReceiptHeldByTheFirstResponderUntilDispatch() {
            TrackedDeadline onSite = registered(OrderKind.REPAIR).open(ON_SITE);

            assertThat(onSite.startsAt()).isEqualTo(T0);
            assertThat(onSite.due()).isEqualTo(minutes(30));
            assertThat(onSite.responsibleUsername()).isEqualTo("agent-li");
        }

        @Test
        void countsFromTheCityHotlinesReceiptNotFromRegistration() {
            Tracked tracked = new Tracked(registration(OrderKind.COMPLAINT).channel(Channel.CITY_HOTLINE_12345)
                    .externalId("12345-2026-000815").receivedAt(minutes(-12)).build());

            assertThat(tracked.open(ON_SITE).due()).isEqualTo(minutes(18));
        }

        @Test
        void countsFromProductionManagementsNoticeWhenTheOrderCameThatWay() {
            Tracked tracked = new Tracked(registration(OrderKind.EMERGENCY_REPAIR).receivedAt(minutes(-20))
                    .productionNoticeAt(minutes(-5)).build());

            assertThat(tracked.open(ON_SITE).startsAt()).isEqualTo(minutes(-5));
            assertThat(tracked.open(ON_SITE).due()).isEqualTo(minutes(25));
        }

        @Test
        void passesToTheAssigneeOnDispatchAndFollowsReassignment() {
            Tracked tracked = registered(OrderKind.REPAIR);

            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(1)));
            assertThat(tracked.open(ON_SITE).responsibleUsername()).isEqualTo("butler07");
            assertThat(tracked.lastOutcomes()).containsExactly(DeadlineOutcome.HANDED_OVER);

            tracked.step(tracked.order.reassign("butler12", DISPATCHER, minutes(3), "属于12号管家片区"));
            assertThat(tracked.open(ON_SITE).responsibleUsername()).isEqualTo("butler12");
        }

        @Test
        void isMetByCheckInWithinTheThirtyMinutes() {
            Tracked tracked = registered(OrderKind.REPAIR);
            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(1)));
            tracked.step(tracked.order.accept(BUTLER, minutes(2)));

            tracked.step(tracked.order.checkIn(BUTLER, minutes(30)));

            assertThat(tracked.summary()).containsExactly("ON_SITE MET");
            assertThat(tracked.lastOutcomes()).containsExactly(DeadlineOutcome.MET);
        }

        @Test
        void recordsTheBreachOfALateCheckInAgainstTheAssignee() {
            Tracked tracked = registered(OrderKind.REPAIR);
            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(1)));
            tracked.step(tracked.order.accept(BUTLER, minutes(2)));

            List<DeadlineUpdate> updates = tracked.step(tracked.order.checkIn(BUTLER, minutes(31)));

            assertThat(updates).singleElement().satisfies(update -> {
                assertThat(update.outcome()).isEqualTo(DeadlineOutcome.MET_LATE);
                assertThat(update.deadline().responsibleUsername()).isEqualTo("butler07");
                assertThat(update.deadline().breachedAt()).isEqualTo(minutes(31));
            });
        }

        @Test
        void touchesNoDeadlineWhenAcceptingOrReplying() {
            Tracked tracked = registered(OrderKind.REPAIR);
            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(1)));

            assertThat(tracked.step(tracked.order.accept(BUTLER, minutes(2)))).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-SUP-3 an explained delay's new time becomes the next on-site target")
    class ExplainedDelay {

        private Tracked accepted() {
            Tracked tracked = registered(OrderKind.REPAIR);
            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(1)));
            tracked.step(tracked.order.accept(BUTLER, minutes(2)));
            return tracked;
        }

        @Test
        void meetsTheThirtyMinutesAndOpensTheNewTimeAsTarget() {
            Tracked tracked = accepted();

            tracked.step(tracked.order.explainDelay(BUTLER, minutes(20), minutes(90), "前一处抢修未完，约11点半到"));

            assertThat(tracked.summary()).containsExactly("ON_SITE MET", "ON_SITE OPEN");
            TrackedDeadline target = tracked.open(ON_SITE);
            assertThat(target.due()).isEqualTo(minutes(90));
            assertThat(target.startsAt()).isEqualTo(minutes(20));
            assertThat(target.responsibleUsername()).isEqualTo("butler07");
        }

        @Test
        void recordsTheBreachOfALateExplanationAndStillSetsTheNewTarget() {
            Tracked tracked = accepted();

            tracked.step(tracked.order.explainDelay(BUTLER, minutes(35), minutes(90), "车辆故障"));

            assertThat(tracked.summary()).containsExactly("ON_SITE BREACHED", "ON_SITE OPEN");
            assertThat(tracked.lastOutcomes()).contains(DeadlineOutcome.MET_LATE, DeadlineOutcome.OPENED);
            assertThat(tracked.open(ON_SITE).due()).isEqualTo(minutes(90));
        }

        @Test
        void meetsTheNewTargetByCheckIn() {
            Tracked tracked = accepted();
            tracked.step(tracked.order.explainDelay(BUTLER, minutes(20), minutes(90), "前一处抢修未完"));

            tracked.step(tracked.order.checkIn(BUTLER, minutes(85)));

            assertThat(tracked.summary()).containsExactly("ON_SITE MET", "ON_SITE MET");
        }

        @Test
        void breachesTheNewTargetWhenItPassesInTurn() {
            Tracked tracked = accepted();
            tracked.step(tracked.order.explainDelay(BUTLER, minutes(20), minutes(90), "前一处抢修未完"));

            assertThat(tracked.open(ON_SITE).breach(minutes(91))).isTrue();
            assertThat(tracked.summary()).containsExactly("ON_SITE MET", "ON_SITE BREACHED");
        }

        @Test
        void doesNotMoveTheTwentyFourHoursOfATemperatureTest() {
            Tracked tracked = registered(OrderKind.TEMPERATURE_COMPLAINT);
            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(1)));

            assertThat(tracked.step(tracked.order.explainDelay(BUTLER, minutes(5), minutes(30 * 60), "今日排满"))).isEmpty();
            assertThat(tracked.open(TEMPERATURE_TEST).due()).isEqualTo(minutes(24 * 60));
        }
    }

    @Nested
    @DisplayName("R-SUP-4 an appointment the customer asks for is the target")
    class Appointment {

        @Test
        void withdrawsTheThirtyMinutesAndTargetsTheAppointment() {
            Tracked tracked = registered(OrderKind.REPAIR);
            Instant tomorrowNine = shanghai(2026, 12, 11, 9, 0);

            tracked.step(tracked.order.agreeAppointment(AGENT, minutes(3), tomorrowNine));

            assertThat(tracked.summary()).containsExactly("ON_SITE WITHDRAWN", "ON_SITE OPEN");
            assertThat(tracked.open(ON_SITE).due()).isEqualTo(tomorrowNine);
        }

        @Test
        void keepsTheBreachWhenTheAppointmentIsAgreedAfterTheThirtyMinutes() {
            Tracked tracked = registered(OrderKind.REPAIR);

            tracked.step(tracked.order.agreeAppointment(AGENT, minutes(45), minutes(24 * 60)));

            assertThat(tracked.summary()).containsExactly("ON_SITE BREACHED", "ON_SITE OPEN");
            assertThat(tracked.lastOutcomes()).contains(DeadlineOutcome.BREACH_RECORDED);
        }

        @Test
        void replacesTheTemperatureTestWithTheTimeTheCustomerChose() {
            Tracked tracked = registered(OrderKind.TEMPERATURE_COMPLAINT);

            tracked.step(tracked.order.agreeAppointment(AGENT, minutes(3), minutes(30 * 60)));

            assertThat(tracked.summary()).containsExactly("TEMPERATURE_TEST WITHDRAWN", "TEMPERATURE_TEST OPEN");
            assertThat(tracked.open(TEMPERATURE_TEST).due()).isEqualTo(minutes(30 * 60));
        }

        @Test
        void meetsTheAppointmentByCheckInAtTheAgreedTime() {
            Tracked tracked = registered(OrderKind.REPAIR);
            tracked.step(tracked.order.agreeAppointment(AGENT, minutes(3), minutes(24 * 60)));
            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(4)));
            tracked.step(tracked.order.accept(BUTLER, minutes(60)));

            tracked.step(tracked.order.checkIn(BUTLER, minutes(24 * 60)));

            assertThat(tracked.summary()).containsExactly("ON_SITE WITHDRAWN", "ON_SITE MET");
        }
    }

    @Nested
    @DisplayName("R-BUTLER-6 a butler reports an emergency within 10 minutes, a general matter within 2 hours")
    class ButlerReports {

        @Test
        void meetsTheEmergencyReportWhenTheOrderIsRegisteredWithinTenMinutesOfTheCall() {
            Tracked tracked = new Tracked(registration(OrderKind.EMERGENCY_REPAIR).channel(Channel.BUTLER)
                    .receivedBy("butler07").receivedAt(minutes(-10)).build());

            TrackedDeadline report = tracked.deadlines.all().stream().filter(d -> d.rule() == EMERGENCY_REPORT)
                    .findFirst().orElseThrow();
            assertThat(report.startsAt()).isEqualTo(minutes(-10));
            assertThat(report.due()).isEqualTo(T0);
            assertThat(report.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(report.metAt()).isEqualTo(T0);
            assertThat(report.responsibleUsername()).isEqualTo("butler07");
        }

        @Test
        void recordsTheBreachAgainstTheButlerWhenTheEmergencyIsRegisteredLate() {
            Tracked tracked = new Tracked(registration(OrderKind.EMERGENCY_REPAIR).channel(Channel.BUTLER)
                    .receivedBy("butler07").receivedAt(minutes(-11)).build());

            assertThat(tracked.lastUpdates).filteredOn(update -> update.deadline().rule() == EMERGENCY_REPORT)
                    .extracting(DeadlineUpdate::outcome).containsExactly(DeadlineOutcome.OPENED, DeadlineOutcome.MET_LATE);
            assertThat(tracked.summary()).contains("EMERGENCY_REPORT BREACHED");
        }

        @Test
        void givesAGeneralMatterTwoHours() {
            Tracked inTime = new Tracked(registration(OrderKind.REPAIR).channel(Channel.BUTLER).registeredBy(BUTLER)
                    .receivedAt(minutes(-120)).build());
            Tracked late = new Tracked(registration(OrderKind.REPAIR).channel(Channel.BUTLER).registeredBy(BUTLER)
                    .receivedAt(minutes(-121)).build());

            assertThat(inTime.summary()).contains("GENERAL_REPORT MET");
            assertThat(late.summary()).contains("GENERAL_REPORT BREACHED");
        }

        @Test
        void countsTheOnSiteDeadlineFromTheButlersCallToo() {
            Tracked tracked = new Tracked(registration(OrderKind.REPAIR).channel(Channel.BUTLER).registeredBy(BUTLER)
                    .receivedAt(minutes(-20)).build());

            assertThat(tracked.open(ON_SITE).due()).isEqualTo(minutes(10));
            assertThat(tracked.open(ON_SITE).responsibleUsername()).isEqualTo("butler07");
        }

        @Test
        void opensNoReportForOrdersTheCompanyReceivedItself() {
            assertThat(registered(OrderKind.EMERGENCY_REPAIR).summary()).containsExactly("ON_SITE OPEN");
        }
    }

    @Nested
    @DisplayName("R-TEMP-6 a cold home is measured within 24 hours")
    class TemperatureTest {

        @Test
        void fallsDueTwentyFourHoursAfterTheComplaintAndIsMetByTheMeasurement() {
            Tracked tracked = registered(OrderKind.TEMPERATURE_COMPLAINT);
            assertThat(tracked.open(TEMPERATURE_TEST).due()).isEqualTo(minutes(24 * 60));
            tracked.step(tracked.order.dispatchTo("butler07", AGENT, minutes(1)));
            tracked.step(tracked.order.accept(BUTLER, minutes(2)));

            assertThat(tracked.step(tracked.order.checkIn(BUTLER, minutes(600)))).isEmpty();
            tracked.step(tracked.order.recordMeasurement(BUTLER, minutes(605)));

            assertThat(tracked.summary()).containsExactly("TEMPERATURE_TEST MET");
            assertThat(tracked.deadlines.all().get(0).responsibleUsername()).isEqualTo("butler07");
        }

        @Test
        void givesATemperatureComplaintNoThirtyMinuteVisitByDefault() {
            assertThat(DeadlinePlan.seed().rulesFor(OrderKind.TEMPERATURE_COMPLAINT, Channel.HOTLINE_968111,
                    Urgency.GENERAL)).doesNotContain(ON_SITE);
        }

        @Test
        void givesItBothWhenTheCompanyDecidesSo() {
            Set<OrderKind> kinds = EnumSet.copyOf(DeadlinePlan.SEED_ON_SITE_KINDS);
            kinds.add(OrderKind.TEMPERATURE_COMPLAINT);

            Tracked tracked = new Tracked(new DeadlinePlan(kinds), registration(OrderKind.TEMPERATURE_COMPLAINT).build());

            assertThat(tracked.summary()).containsExactlyInAnyOrder("ON_SITE OPEN", "TEMPERATURE_TEST OPEN");
        }

        @Test
        void refusesAThirtyMinuteVisitForWorkThatNeedsNone() {
            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlinePlan(Set.of(OrderKind.ENQUIRY)))
                    .withMessage("咨询工单不需要上门，不能规定半小时到位");
        }
    }

    @Nested
    @DisplayName("R-ANS-4 a paid service is called back within 24 counted hours of 08:00–20:00")
    class PaidServiceCallback {

        private Tracked onSite(Instant onSiteAt) {
            Tracked tracked = registered(OrderKind.PAID_SERVICE);
            tracked.step(tracked.order.recordPaidServiceConsent(AGENT, T0));
            tracked.step(tracked.order.dispatchTo("plumber-zhao", AGENT, minutes(1)));
            tracked.step(tracked.order.accept(Actor.staff("plumber-zhao"), minutes(2)));
            tracked.step(tracked.order.checkIn(Actor.staff("plumber-zhao"), onSiteAt));
            return tracked;
        }

        @Test
        void opensAtResolutionHeldByTheFirstResponder() {
            Tracked tracked = onSite(shanghai(2026, 12, 10, 19, 0));

            tracked.step(tracked.order.resolve(Actor.staff("plumber-zhao"), shanghai(2026, 12, 10, 21, 0), "更换暖气片"));

            TrackedDeadline callback = tracked.open(PAID_SERVICE_CALLBACK);
            assertThat(callback.startsAt()).isEqualTo(shanghai(2026, 12, 10, 21, 0));
            assertThat(callback.due()).as("the night does not count").isEqualTo(shanghai(2026, 12, 12, 20, 0));
            assertThat(callback.responsibleUsername()).isEqualTo("agent-li");
        }

        @Test
        void isMetByTheFirstAttemptEvenWhenTheCustomerIsNotReached() {
            Tracked tracked = onSite(minutes(60));
            tracked.step(tracked.order.resolve(Actor.staff("plumber-zhao"), minutes(120), "更换暖气片"));

            tracked.step(tracked.order.recordCallback(CALLER_BACK, minutes(180), false, null, "无人接听"));

            assertThat(tracked.summary()).containsExactly("PAID_SERVICE_CALLBACK MET");
            assertThat(tracked.step(tracked.order.recordCallback(CALLER_BACK, minutes(240), true, true, null))).isEmpty();
        }

        @Test
        void opensNothingWhenOtherKindsAreResolved() {
            Tracked tracked = registered(OrderKind.ENQUIRY);

            assertThat(tracked.step(tracked.order.resolve(AGENT, minutes(2), "已答复"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("Cancelling an order")
    class Cancelling {

        @Test
        void withdrawsWhatIsStillOpen() {
            Tracked tracked = registered(OrderKind.REPAIR);

            tracked.step(tracked.order.cancel(AGENT, minutes(10), "用户撤回"));

            assertThat(tracked.summary()).containsExactly("ON_SITE WITHDRAWN");
        }

        @Test
        void recordsTheBreachOfADeadlineAlreadyPast() {
            Tracked tracked = registered(OrderKind.REPAIR);

            tracked.step(tracked.order.cancel(AGENT, minutes(40), "用户撤回"));

            assertThat(tracked.summary()).containsExactly("ON_SITE BREACHED");
            assertThat(tracked.lastOutcomes()).containsExactly(DeadlineOutcome.BREACH_RECORDED);
        }

        @Test
        void leavesMetDeadlinesAsTheyWere() {
            Tracked tracked = new Tracked(registration(OrderKind.REPAIR).channel(Channel.BUTLER).registeredBy(BUTLER)
                    .build());

            tracked.step(tracked.order.cancel(BUTLER, minutes(10), "用户撤回"));

            assertThat(tracked.summary()).containsExactlyInAnyOrder("ON_SITE WITHDRAWN", "GENERAL_REPORT MET");
        }
    }

    @Nested
    @DisplayName("An order has at most one open deadline per rule")
    class OneOpenPerRule {

        @Test
        void refusesToOpenASecondDeadlineOfARuleStillOpen() {
            Tracked tracked = registered(OrderKind.REPAIR);
            DeadlineChange again = new DeadlineChange.Open(PlannedDeadline.countingFrom(ON_SITE, minutes(1), "agent-li"));

            assertThatIllegalStateException().isThrownBy(() -> tracked.deadlines.apply(List.of(again), DUE_TIMES));
        }

        @Test
        void refusesStoredDeadlinesWithTwoOpenOfOneRule() {
            TrackedDeadline first = TrackedDeadline.open(PlannedDeadline.countingFrom(ON_SITE, T0, "a"), minutes(30));
            TrackedDeadline second = TrackedDeadline.open(PlannedDeadline.countingFrom(ON_SITE, T0, "a"), minutes(30));

            assertThatIllegalArgumentException().isThrownBy(() -> new OrderDeadlines(List.of(first, second)));
        }

        @Test
        void usesTheTargetInsteadOfAskingThePolicyEngine() {
            DueTimes refuses = (rule, from) -> {
                throw new AssertionError("a target needs no counting");
            };
            OrderDeadlines deadlines = OrderDeadlines.none();

            List<DeadlineUpdate> updates = deadlines.apply(List.of(new DeadlineChange.Open(
                    PlannedDeadline.targetAt(ON_SITE, T0, minutes(90), "butler07"))), refuses);

            assertThat(updates).singleElement().extracting(update -> update.deadline().due()).isEqualTo(minutes(90));
        }

        @Test
        void refusesATargetBeforeTheStart() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PlannedDeadline.targetAt(ON_SITE, T0, T0.minus(Duration.ofMinutes(1)), "butler07"));
        }
    }
}
