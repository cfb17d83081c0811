package cn.heatdesk.workorders.domain;

import java.time.Instant;
import java.util.Objects;

import cn.heatdesk.policy.domain.DeadlineRule;

/** What one step of an order does to its deadlines, as the {@link DeadlinePlan} says; {@link OrderDeadlines} applies it. */
public sealed interface DeadlineChange {

    DeadlineRule rule();

    /** A new deadline starts. */
    record Open(PlannedDeadline deadline) implements DeadlineChange {

        public Open {
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public DeadlineRule rule() {
            return deadline.rule();
        }
    }

    /** The open deadline of this rule is met at {@code at} (late if after its due time). */
    record Meet(DeadlineRule rule, Instant at) implements DeadlineChange {

        public Meet {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The open deadline of this rule no longer applies (replaced by an appointment, order cancelled). */
    record Withdraw(DeadlineRule rule, Instant at) implements DeadlineChange {

        public Withdraw {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The open deadline of this rule is now answered for by {@code to} (the order was dispatched or reassigned). */
    record HandOver(DeadlineRule rule, String to) implements DeadlineChange {

        public HandOver {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(to, "to");
        }
    }
}
