package cn.heatdesk.workorders.domain;

/** What a change did to one tracked deadline. */
public enum DeadlineOutcome {
    OPENED,
    MET,
    /** Met after its due time before the breach had been recorded: the breach is recorded now. */
    MET_LATE,
    /** Done after a breach that was already recorded: the completion time is kept, the breach stands. */
    COMPLETED_AFTER_BREACH,
    /** Recorded as a breach now (by the scheduler, or on withdrawal after the due time). */
    BREACH_RECORDED,
    WITHDRAWN,
    /**
     * No longer applies after a breach that was already recorded (an appointment replaced it, or the order was
     * cancelled): the breach stands, but nothing is owed any more.
     */
    RELEASED_AFTER_BREACH,
    HANDED_OVER,
    UNCHANGED;

    /** R-SUP-5: a breach was recorded by this change; escalate it to the responsible person's supervisor. */
    public boolean breachRecorded() {
        return this == MET_LATE || this == BREACH_RECORDED;
    }
}
