package cn.heatdesk.workorders.domain;

/** One tracked deadline after a change, and what the change did (the service inserts OPENED, updates the rest). */
public record DeadlineUpdate(TrackedDeadline deadline, DeadlineOutcome outcome) {
}
