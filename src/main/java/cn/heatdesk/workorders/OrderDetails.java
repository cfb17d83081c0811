package cn.heatdesk.workorders;

import java.util.List;

import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * An order as its page and the API show it: the order with its timeline, its tracked deadlines, its breaches and
 * the answers flagged for a forbidden expression (R-BUTLER-4).
 */
public record OrderDetails(WorkOrder order, List<TrackedDeadline> deadlines, List<Breach> breaches,
                           List<FlaggedAnswer> flaggedAnswers) {

    public OrderDetails {
        deadlines = List.copyOf(deadlines);
        breaches = List.copyOf(breaches);
        flaggedAnswers = List.copyOf(flaggedAnswers);
    }

    public OrderDetails(WorkOrder order, List<TrackedDeadline> deadlines, List<Breach> breaches) {
        this(order, deadlines, breaches, List.of());
    }
}
