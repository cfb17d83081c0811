package cn.heatdesk.workorders.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * One deadline of one order being tracked live (R-SUP-5): OPEN until it is met, withdrawn or breached.
 *
 * <p>Met means done at or before the due time ({@code at ≤ due}). <b>Decision</b> (the seed is silent): a
 * deadline met after its due time, before the scheduler got to record the breach, is a breach all the same —
 * recorded at that moment, with the completion time kept — so that no breach depends on how quickly the
 * scheduler runs. A breach is recorded exactly once: a second {@link #breach(Instant)} is a no-op returning
 * false. The database guards the same (update only while OPEN), so two nodes cannot both record it.
 *
 * <p>One row of the deadline table, changed by the order's transitions and by the scheduler; not part of the
 * order aggregate, so that recording a breach never collides with a person working on the order.
 */
public final class TrackedDeadline {

    /** Issue 4: a warning shows 5 minutes before the due time unless configured otherwise. */
    public static final Duration DEFAULT_WARNING_LEAD = Duration.ofMinutes(5);

    private final Long id;
    private final DeadlineRule rule;
    private final Instant startsAt;
    private final Instant due;
    private DeadlineStatus status;
    private Instant metAt;
    private Instant breachedAt;
    private Instant withdrawnAt;
    private String responsibleUsername;

    /** A deadline as stored; {@code id} is null until it is. */
    public TrackedDeadline(Long id, DeadlineRule rule, Instant startsAt, Instant due, DeadlineStatus status,
                           Instant metAt, Instant breachedAt, Instant withdrawnAt, String responsibleUsername) {
        this.id = id;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.due = Objects.requireNonNull(due, "due");
        this.status = Objects.requireNonNull(status, "status");
        this.metAt = metAt;
        this.breachedAt = breachedAt;
        this.withdrawnAt = withdrawnAt;
        this.responsibleUsername = Objects.requireNonNull(responsibleUsername, "responsibleUsername");
        if (due.isBefore(startsAt)) {
            throw new IllegalArgumentException("a deadline cannot fall due before it starts");
        }
        boolean consistent = switch (status) {
            case OPEN -> metAt == null && breachedAt == null && withdrawnAt == null;
            case MET -> metAt != null && !metAt.isAfter(due) && breachedAt == null && withdrawnAt == null;
            // A breached deadline may since have stopped applying (withdrawn at or after the breach), never before.
            case BREACHED -> breachedAt != null && breachedAt.isAfter(due)
                    && (withdrawnAt == null || !withdrawnAt.isBefore(breachedAt));
            case WITHDRAWN -> withdrawnAt != null && metAt == null && breachedAt == null;
        };
        if (!consistent) {
            throw new IllegalArgumentException("inconsistent " + status + " deadline: met " + metAt + ", breached "
                    + breachedAt + ", withdrawn " + withdrawnAt + ", due " + due);
        }
    }

    /** A new, open deadline with the due time the policy engine computed (or the plan's target). */
    public static TrackedDeadline open(PlannedDeadline planned, Instant due) {
        return new TrackedDeadline(null, planned.rule(), planned.startsAt(), due, DeadlineStatus.OPEN, null, null,
                null, planned.responsible());
    }

    /** The warning time: {@code lead} before {@code due}. */
    public static Instant warningAt(Instant due, Duration lead) {
        Objects.requireNonNull(due, "due");
        if (lead == null || lead.isNegative()) {
            throw new IllegalArgumentException("提醒提前量不能为负");
        }
        return due.minus(lead);
    }

    /** The work is done at {@code at}: MET in time, MET_LATE (breach recorded now) or COMPLETED_AFTER_BREACH. */
    public DeadlineOutcome meet(Instant at) {
        requireNotBeforeStart(at);
        if (status == DeadlineStatus.BREACHED && metAt == null) {
            metAt = at;
            return DeadlineOutcome.COMPLETED_AFTER_BREACH;
        }
        if (status != DeadlineStatus.OPEN) {
            return DeadlineOutcome.UNCHANGED;
        }
        metAt = at;
        if (at.isAfter(due)) {
            status = DeadlineStatus.BREACHED;
            breachedAt = at;
            return DeadlineOutcome.MET_LATE;
        }
        status = DeadlineStatus.MET;
        return DeadlineOutcome.MET;
    }

    /**
     * R-SUP-5: records the breach, exactly once. False when it is no longer open (met, withdrawn or already
     * breached). Refused before the due time has passed: meeting it at the due time itself is still in time.
     */
    public boolean breach(Instant at) {
        Objects.requireNonNull(at, "at");
        if (status != DeadlineStatus.OPEN) {
            return false;
        }
        if (!at.isAfter(due)) {
            throw new IllegalArgumentException(rule.label() + "尚未超过期限，不能记为超时");
        }
        status = DeadlineStatus.BREACHED;
        breachedAt = at;
        return true;
    }

    /**
     * The deadline no longer applies. Before (or at) its due time it is WITHDRAWN; once the due time has passed
     * the obligation was already missed, so the breach is recorded instead — cancelling an order or agreeing an
     * appointment does not wipe out a breach. Either way the time it stopped applying is kept ({@link #withdrawnAt}),
     * so that a breached deadline nobody owes any more is not shown as still to be done.
     */
    public DeadlineOutcome withdraw(Instant at) {
        requireNotBeforeStart(at);
        if (status == DeadlineStatus.BREACHED && stillOwed()) {
            withdrawnAt = at;
            return DeadlineOutcome.RELEASED_AFTER_BREACH;
        }
        if (status != DeadlineStatus.OPEN) {
            return DeadlineOutcome.UNCHANGED;
        }
        if (at.isAfter(due)) {
            status = DeadlineStatus.BREACHED;
            breachedAt = at;
            withdrawnAt = at;
            return DeadlineOutcome.BREACH_RECORDED;
        }
        status = DeadlineStatus.WITHDRAWN;
        withdrawnAt = at;
        return DeadlineOutcome.WITHDRAWN;
    }

    /**
     * The work this deadline times is still to be done: it is open, or it was breached and has been neither done
     * since nor replaced. A butler's list keeps showing it, overdue, until then (R-SUP-5).
     */
    public boolean stillOwed() {
        return status == DeadlineStatus.OPEN
                || status == DeadlineStatus.BREACHED && metAt == null && withdrawnAt == null;
    }

    /** The person who answers for an open deadline changes with the order's assignee. */
    public boolean handOverTo(String username) {
        Objects.requireNonNull(username, "username");
        if (status != DeadlineStatus.OPEN || username.equals(responsibleUsername)) {
            return false;
        }
        responsibleUsername = username;
        return true;
    }

    /** Open and past its due time, whether or not the breach has been recorded yet. */
    public boolean overdueAt(Instant at) {
        return status == DeadlineStatus.OPEN && at.isAfter(due);
    }

    /** {@link #DEFAULT_WARNING_LEAD} before the due time, not before the deadline started. */
    public Instant warningAt() {
        return warningAt(DEFAULT_WARNING_LEAD);
    }

    /** {@code lead} before the due time, not before the deadline started. */
    public Instant warningAt(Duration lead) {
        Instant warning = warningAt(due, lead);
        return warning.isBefore(startsAt) ? startsAt : warning;
    }

    /** Open, past the warning time and not yet due: the countdown turns amber. */
    public boolean inWarningAt(Instant at, Duration lead) {
        return status == DeadlineStatus.OPEN && !at.isBefore(warningAt(lead)) && !at.isAfter(due);
    }

    public Long id() {
        return id;
    }

    public DeadlineRule rule() {
        return rule;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant due() {
        return due;
    }

    public DeadlineStatus status() {
        return status;
    }

    /** When the work was done: in time for MET, late for a BREACHED deadline that was completed after all. */
    public Instant metAt() {
        return metAt;
    }

    /** When the breach was recorded. */
    public Instant breachedAt() {
        return breachedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String responsibleUsername() {
        return responsibleUsername;
    }

    @Override
    public String toString() {
        return "TrackedDeadline[" + rule + " due " + due + ", " + status + ", " + responsibleUsername + "]";
    }

    private void requireNotBeforeStart(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(startsAt)) {
            throw new IllegalArgumentException("a deadline cannot be closed before it starts");
        }
    }
}
