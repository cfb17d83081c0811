package cn.heatdesk.workorders.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The answer of every guarded change of a {@link WorkOrder}: allowed, with the timeline entries it appended,
 * or rejected, with a reason a user can read. A rejected change leaves the order exactly as it was.
 */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

    boolean allowed();

    /** The appended entries, or the exception {@code toException} makes of the rejection. */
    default List<TimelineEntry> orElseThrow(Function<? super Rejected, ? extends RuntimeException> toException) {
        if (this instanceof Allowed allowed) {
            return allowed.entries();
        }
        throw toException.apply((Rejected) this);
    }

    record Allowed(List<TimelineEntry> entries) implements Decision {

        public Allowed {
            entries = List.copyOf(entries);
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("an allowed change appends at least one timeline entry");
            }
        }

        @Override
        public boolean allowed() {
            return true;
        }
    }

    record Rejected(Refusal refusal, String reason) implements Decision {

        public Rejected {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean allowed() {
            return false;
        }
    }

    static Rejected conflict(String reason) {
        return new Rejected(Refusal.CONFLICTS_WITH_STATE, reason);
    }

    static Rejected notPermitted(String reason) {
        return new Rejected(Refusal.NOT_PERMITTED, reason);
    }

    static Rejected invalid(String reason) {
        return new Rejected(Refusal.INVALID_INPUT, reason);
    }
}
