package cn.heatdesk.workorders;

import java.util.List;

import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.WorkOrder;

/** An order as its page and the API show it: the order with its timeline, its tracked deadlines and its breaches. */
public record OrderDetails(WorkOrder order, List<TrackedDeadline> deadlines, List<Breach> breaches) {

    public OrderDetails {
        deadlines = List.copyOf(deadlines);
        breaches = List.copyOf(breaches);
    }
}
