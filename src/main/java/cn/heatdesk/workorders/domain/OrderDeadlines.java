package cn.heatdesk.workorders.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * The tracked deadlines of one order, with the {@link DeadlinePlan}'s changes applied to them. At most one
 * deadline per rule is open at a time: a replaced target is closed before the next one opens.
 */
public final class OrderDeadlines {

    private final List<TrackedDeadline> deadlines;

    public OrderDeadlines(Collection<TrackedDeadline> deadlines) {
        this.deadlines = new ArrayList<>(deadlines);
        Set<DeadlineRule> open = EnumSet.noneOf(DeadlineRule.class);
        for (TrackedDeadline deadline : this.deadlines) {
            if (deadline.status() == DeadlineStatus.OPEN && !open.add(deadline.rule())) {
                throw new IllegalArgumentException("two open " + deadline.rule() + " deadlines on one order");
            }
        }
    }

    public static OrderDeadlines none() {
        return new OrderDeadlines(List.of());
    }

    /**
     * Applies the changes in order and answers what each did; changes that find nothing to act on (no open
     * deadline of that rule) are left out. {@code dueTimes} computes the due time of a deadline without a target.
     */
    public List<DeadlineUpdate> apply(List<DeadlineChange> changes, DueTimes dueTimes) {
        Objects.requireNonNull(dueTimes, "dueTimes");
        List<DeadlineUpdate> updates = new ArrayList<>();
        for (DeadlineChange change : changes) {
            if (change instanceof DeadlineChange.Open open) {
                updates.add(new DeadlineUpdate(start(open.deadline(), dueTimes), DeadlineOutcome.OPENED));
            } else if (change instanceof DeadlineChange.Meet meet) {
                latestUnfinished(meet.rule())
                        .map(deadline -> new DeadlineUpdate(deadline, deadline.meet(meet.at())))
                        .filter(update -> update.outcome() != DeadlineOutcome.UNCHANGED)
                        .ifPresent(updates::add);
            } else if (change instanceof DeadlineChange.Withdraw withdraw) {
                // An open deadline is withdrawn (or breached, if overdue); one already breached is released.
                latestUnfinished(withdraw.rule())
                        .map(deadline -> new DeadlineUpdate(deadline, deadline.withdraw(withdraw.at())))
                        .filter(update -> update.outcome() != DeadlineOutcome.UNCHANGED)
                        .ifPresent(updates::add);
            } else if (change instanceof DeadlineChange.HandOver handOver) {
                openDeadline(handOver.rule())
                        .filter(deadline -> deadline.handOverTo(handOver.to()))
                        .map(deadline -> new DeadlineUpdate(deadline, DeadlineOutcome.HANDED_OVER))
                        .ifPresent(updates::add);
            }
        }
        return updates;
    }

    public Optional<TrackedDeadline> openDeadline(DeadlineRule rule) {
        return deadlines.stream()
                .filter(deadline -> deadline.rule() == rule && deadline.status() == DeadlineStatus.OPEN)
                .findFirst();
    }

    public List<TrackedDeadline> all() {
        return Collections.unmodifiableList(deadlines);
    }

    private TrackedDeadline start(PlannedDeadline planned, DueTimes dueTimes) {
        if (openDeadline(planned.rule()).isPresent()) {
            throw new IllegalStateException(planned.rule() + " is already open: close it before opening the next");
        }
        TrackedDeadline deadline = TrackedDeadline.open(planned,
                planned.hasTarget() ? planned.target() : dueTimes.dueOf(planned.rule(), planned.startsAt()));
        deadlines.add(deadline);
        return deadline;
    }

    /** The open deadline of the rule, or its latest breach whose work is still owed ({@link TrackedDeadline#stillOwed}). */
    private Optional<TrackedDeadline> latestUnfinished(DeadlineRule rule) {
        for (int i = deadlines.size() - 1; i >= 0; i--) {
            TrackedDeadline deadline = deadlines.get(i);
            if (deadline.rule() == rule) {
                return deadline.stillOwed() ? Optional.of(deadline) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
