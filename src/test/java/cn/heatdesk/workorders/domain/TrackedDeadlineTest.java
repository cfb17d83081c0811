package cn.heatdesk.workorders.domain;

import static cn.heatdesk.policy.domain.DeadlineRule.EMERGENCY_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.ON_SITE;
import static cn.heatdesk.workorders.domain.Orders.T0;
import static cn.heatdesk.workorders.domain.Orders.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("R-SUP-5 a tracked deadline is met, withdrawn or breached — a breach exactly once")
class TrackedDeadlineTest {

    /** ON_SITE for a request at 10:00, due 10:30, held by butler07. */
    private static TrackedDeadline onSite() {
        return TrackedDeadline.open(PlannedDeadline.countingFrom(ON_SITE, T0, "butler07"), minutes(30));
    }

    @Nested
    @DisplayName("Meeting a deadline")
    class Meeting {

        @Test
        void meetsItBeforeTheDueTime() {
            TrackedDeadline deadline = onSite();

            assertThat(deadline.meet(minutes(29))).isEqualTo(DeadlineOutcome.MET);
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(deadline.metAt()).isEqualTo(minutes(29));
            assertThat(deadline.breachedAt()).isNull();
        }

        @Test
        void meetsItAtTheDueTimeItself() {
            TrackedDeadline deadline = onSite();

            assertThat(deadline.meet(minutes(30))).isEqualTo(DeadlineOutcome.MET);
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        void recordsTheBreachWhenMetAfterTheDueTimeBeforeTheSchedulerGotToIt() {
            TrackedDeadline deadline = onSite();
            Instant late = minutes(30).plusSeconds(1);

            DeadlineOutcome outcome = deadline.meet(late);

            assertThat(outcome).isEqualTo(DeadlineOutcome.MET_LATE);
            assertThat(outcome.breachRecorded()).isTrue();
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.BREACHED);
            assertThat(deadline.breachedAt()).isEqualTo(late);
            assertThat(deadline.metAt()).isEqualTo(late);
            assertThat(deadline.breach(minutes(31))).as("the scheduler comes too late").isFalse();
        }

        @Test
        void keepsTheCompletionTimeOfABreachAlreadyRecorded() {
            TrackedDeadline deadline = onSite();
            deadline.breach(minutes(31));

            assertThat(deadline.meet(minutes(45))).isEqualTo(DeadlineOutcome.COMPLETED_AFTER_BREACH);
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.BREACHED);
            assertThat(deadline.breachedAt()).isEqualTo(minutes(31));
            assertThat(deadline.metAt()).isEqualTo(minutes(45));
            assertThat(deadline.meet(minutes(50))).isEqualTo(DeadlineOutcome.UNCHANGED);
        }

        @Test
        void meetsItOnlyOnce() {
            TrackedDeadline deadline = onSite();
            deadline.meet(minutes(10));

            assertThat(deadline.meet(minutes(20))).isEqualTo(DeadlineOutcome.UNCHANGED);
            assertThat(deadline.metAt()).isEqualTo(minutes(10));
        }

        @Test
        void refusesAMeetingBeforeTheDeadlineStarted() {
            assertThatIllegalArgumentException().isThrownBy(() -> onSite().meet(T0.minusSeconds(1)));
        }
    }

    @Nested
    @DisplayName("R-SUP-5 a breach is recorded exactly once")
    class Breaching {

        @Test
        void recordsTheBreachOnceAndIgnoresTheSecond() {
            TrackedDeadline deadline = onSite();

            assertThat(deadline.breach(minutes(31))).isTrue();
            assertThat(deadline.breach(minutes(32))).isFalse();

            assertThat(deadline.status()).isEqualTo(DeadlineStatus.BREACHED);
            assertThat(deadline.breachedAt()).isEqualTo(minutes(31));
        }

        @Test
        void doesNotBreachAMetDeadline() {
            TrackedDeadline deadline = onSite();
            deadline.meet(minutes(25));

            assertThat(deadline.breach(minutes(31))).isFalse();
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        void doesNotBreachAWithdrawnDeadline() {
            TrackedDeadline deadline = onSite();
            deadline.withdraw(minutes(5));

            assertThat(deadline.breach(minutes(31))).isFalse();
        }

        @Test
        void refusesABreachAtOrBeforeTheDueTime() {
            assertThatIllegalArgumentException().isThrownBy(() -> onSite().breach(minutes(30)))
                    .withMessage("半小时到位尚未超过期限，不能记为超时");
        }

        @Test
        void isOverdueOnlyAfterTheDueTimeAndWhileOpen() {
            TrackedDeadline deadline = onSite();

            assertThat(deadline.overdueAt(minutes(30))).isFalse();
            assertThat(deadline.overdueAt(minutes(30).plusMillis(1))).isTrue();
            deadline.breach(minutes(31));
            assertThat(deadline.overdueAt(minutes(40))).isFalse();
        }
    }

    @Nested
    @DisplayName("R-SUP-4 withdrawing a deadline that no longer applies")
    class Withdrawing {

        @Test
        void withdrawsItBeforeTheDueTime() {
            TrackedDeadline deadline = onSite();

            assertThat(deadline.withdraw(minutes(30))).isEqualTo(DeadlineOutcome.WITHDRAWN);
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.WITHDRAWN);
            assertThat(deadline.withdrawnAt()).isEqualTo(minutes(30));
        }

        @Test
        void recordsTheBreachInsteadOnceTheDueTimeHasPassed() {
            TrackedDeadline deadline = onSite();

            assertThat(deadline.withdraw(minutes(40))).isEqualTo(DeadlineOutcome.BREACH_RECORDED);
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.BREACHED);
            assertThat(deadline.breachedAt()).isEqualTo(minutes(40));
            assertThat(deadline.stillOwed()).isFalse();
        }

        @Test
        @DisplayName("R-SUP-4, R-SUP-5: an appointment after the breach releases the deadline; the breach stands")
        void releasesABreachedDeadlineThatNoLongerApplies() {
            TrackedDeadline deadline = onSite();
            deadline.breach(minutes(31));

            assertThat(deadline.withdraw(minutes(45))).isEqualTo(DeadlineOutcome.RELEASED_AFTER_BREACH);
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.BREACHED);
            assertThat(deadline.breachedAt()).isEqualTo(minutes(31));
            assertThat(deadline.withdrawnAt()).isEqualTo(minutes(45));
            assertThat(deadline.stillOwed()).isFalse();
            assertThat(deadline.withdraw(minutes(50))).isEqualTo(DeadlineOutcome.UNCHANGED);
        }

        @Test
        void leavesAClosedDeadlineAlone() {
            TrackedDeadline deadline = onSite();
            deadline.meet(minutes(10));

            assertThat(deadline.withdraw(minutes(20))).isEqualTo(DeadlineOutcome.UNCHANGED);
            assertThat(deadline.status()).isEqualTo(DeadlineStatus.MET);
        }
    }

    @Nested
    @DisplayName("R-SUP-5: what is still owed")
    class StillOwed {

        @Test
        void anOpenDeadlineIsOwed() {
            assertThat(onSite().stillOwed()).isTrue();
        }

        @Test
        void aBreachedDeadlineIsOwedUntilTheWorkIsDone() {
            TrackedDeadline deadline = onSite();
            deadline.breach(minutes(31));
            assertThat(deadline.stillOwed()).isTrue();

            assertThat(deadline.meet(minutes(50))).isEqualTo(DeadlineOutcome.COMPLETED_AFTER_BREACH);
            assertThat(deadline.stillOwed()).isFalse();
        }

        @Test
        void aMetDeadlineIsNotOwed() {
            TrackedDeadline deadline = onSite();
            deadline.meet(minutes(10));

            assertThat(deadline.stillOwed()).isFalse();
        }
    }

    @Nested
    @DisplayName("The responsible person follows the order")
    class HandingOver {

        @Test
        void handsAnOpenDeadlineOver() {
            TrackedDeadline deadline = onSite();

            assertThat(deadline.handOverTo("butler12")).isTrue();
            assertThat(deadline.responsibleUsername()).isEqualTo("butler12");
            assertThat(deadline.handOverTo("butler12")).isFalse();
        }

        @Test
        void keepsTheBreachAgainstWhoeverHeldItThen() {
            TrackedDeadline deadline = onSite();
            deadline.breach(minutes(31));

            assertThat(deadline.handOverTo("butler12")).isFalse();
            assertThat(deadline.responsibleUsername()).isEqualTo("butler07");
        }
    }

    @Nested
    @DisplayName("Issue 4: a warning shows before the due time (default 5 minutes, configurable)")
    class Warning {

        @Test
        void warnsFiveMinutesBeforeTheDueTimeByDefault() {
            assertThat(onSite().warningAt()).isEqualTo(minutes(25));
            assertThat(TrackedDeadline.DEFAULT_WARNING_LEAD).isEqualTo(Duration.ofMinutes(5));
        }

        @Test
        void warnsWithAConfiguredLead() {
            assertThat(TrackedDeadline.warningAt(minutes(30), Duration.ofMinutes(10))).isEqualTo(minutes(20));
            assertThat(onSite().warningAt(Duration.ofMinutes(10))).isEqualTo(minutes(20));
        }

        @Test
        void neverWarnsBeforeTheDeadlineStarted() {
            TrackedDeadline shortOne = TrackedDeadline.open(
                    PlannedDeadline.countingFrom(EMERGENCY_REPORT, T0, "butler07"),
                    minutes(10));

            assertThat(shortOne.warningAt(Duration.ofMinutes(15))).isEqualTo(T0);
        }

        @Test
        void isInWarningFromTheWarningTimeUntilTheDueTime() {
            TrackedDeadline deadline = onSite();
            Duration lead = TrackedDeadline.DEFAULT_WARNING_LEAD;

            assertThat(deadline.inWarningAt(minutes(25).minusSeconds(1), lead)).isFalse();
            assertThat(deadline.inWarningAt(minutes(25), lead)).isTrue();
            assertThat(deadline.inWarningAt(minutes(30), lead)).isTrue();
            assertThat(deadline.inWarningAt(minutes(30).plusSeconds(1), lead)).isFalse();
        }

        @Test
        void refusesANegativeLead() {
            assertThatIllegalArgumentException().isThrownBy(() -> TrackedDeadline.warningAt(minutes(30), Duration.ofMinutes(-1)))
                    .withMessage("提醒提前量不能为负");
        }
    }

    @Nested
    @DisplayName("Restoring a stored deadline")
    class Restoring {

        @Test
        void restoresAConsistentRow() {
            TrackedDeadline stored = new TrackedDeadline(11L, ON_SITE, T0, minutes(30), DeadlineStatus.BREACHED, minutes(40),
                    minutes(31), null, "butler07");

            assertThat(stored.id()).isEqualTo(11L);
            assertThat(stored.breach(minutes(50))).isFalse();
        }

        @Test
        void refusesAMetDeadlineMetAfterItsDueTime() {
            assertThatIllegalArgumentException().isThrownBy(() -> new TrackedDeadline(11L, ON_SITE, T0, minutes(30),
                    DeadlineStatus.MET, minutes(31), null, null, "butler07"));
        }

        @Test
        void refusesABreachRecordedBeforeTheDueTime() {
            assertThatIllegalArgumentException().isThrownBy(() -> new TrackedDeadline(11L, ON_SITE, T0, minutes(30),
                    DeadlineStatus.BREACHED, null, minutes(29), null, "butler07"));
        }

        @Test
        void refusesAnOpenDeadlineWithAnOutcome() {
            assertThatIllegalArgumentException().isThrownBy(() -> new TrackedDeadline(11L, ON_SITE, T0, minutes(30),
                    DeadlineStatus.OPEN, minutes(10), null, null, "butler07"));
        }
    }
}
