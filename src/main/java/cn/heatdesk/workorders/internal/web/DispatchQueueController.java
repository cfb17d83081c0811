package cn.heatdesk.workorders.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * 派单队列: the orders nobody holds yet — callers not matched to a file, areas without a butler — in the
 * dispatcher's branch (R-BUTLER-5, R-SYS-2), oldest first, each with a one-step dispatch to a butler of the branch.
 */
@Controller
class DispatchQueueController {

    static final String VIEW = "orders/queue";

    private final WorkOrders orders;
    private final Assignees assignees;
    private final OrderPageSupport support;

    DispatchQueueController(WorkOrders orders, Assignees assignees, OrderPageSupport support) {
        this.orders = orders;
        this.assignees = assignees;
        this.support = support;
    }

    /** A waiting order, the butler of its area if it has one, and what the dispatcher can do from the queue. */
    record Waiting(WorkOrder order, String areaButler, Set<String> actions) {
    }

    @GetMapping("/orders/queue")
    String queue(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember dispatcher = OrderPageSupport.member(principal);
        Instant now = support.now();
        List<Waiting> waiting = orders.dispatcherQueue(dispatcher).stream()
                .sorted(java.util.Comparator.comparing(WorkOrder::receivedAt))
                .map(o -> new Waiting(o, assignees.butlerOf(o.areaId()),
                        OrderAction.offeredTo(o, OrderPageSupport.actorOf(dispatcher), now).stream()
                                .map(OrderAction::key).collect(Collectors.toSet())))
                .toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("assignees", assignees.forDispatchBy(dispatcher));
        return VIEW;
    }
}
