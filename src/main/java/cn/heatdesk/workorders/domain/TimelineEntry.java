package cn.heatdesk.workorders.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an order's timeline: when, who, what, a note, and the status after it. {@code assignee} is set
 * on dispatch and reassignment (the new assignee), {@code target} on an agreed appointment or an explained
 * delay (the new time to be on site); both are null otherwise.
 */
public record TimelineEntry(Instant at, String by, TimelineEvent what, String note, OrderStatus status,
                            String assignee, Instant target) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(status, "status");
    }
}
