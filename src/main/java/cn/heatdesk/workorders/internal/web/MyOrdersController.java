package cn.heatdesk.workorders.internal.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.OrderDetails;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * 我的工单, for a butler's phone: the open orders they hold, the most urgent deadline first, each open deadline
 * counting down live (amber within the warning lead, red once breached, R-SUP-5), the one-tap steps the domain
 * allows now (接单, 到场, 测温, 处理完毕), and the replies they owe customers as first responder (R-SUP-1).
 */
@Controller
class MyOrdersController {

    static final String VIEW = "orders/my-orders";

    private final WorkOrders orders;
    private final CustomerFiles customers;
    private final OrderPageSupport support;

    MyOrdersController(WorkOrders orders, CustomerFiles customers, OrderPageSupport support) {
        this.orders = orders;
        this.customers = customers;
        this.support = support;
    }

    /** One card: the order, where to go, the deadlines still owed (open or overdue) and what can be done from it. */
    record Card(WorkOrder order, String address, List<TrackedDeadline> open, Instant nextDue, Set<String> actions) {
    }

    @GetMapping("/my-orders")
    String myOrders(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember me = OrderPageSupport.member(principal);
        Instant now = support.now();
        // Resolved orders wait for the callback and the first responder's reply, not for the holder: off the list.
        List<Card> cards = orders.myOrders(me).stream().filter(o -> !o.status().workDone())
                .map(o -> card(orders.order(o.id(), me), me, now))
                .sorted(Comparator.comparing(Card::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> c.order().receivedAt()))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("repliesDue", orders.myRepliesDue(me));
        return VIEW;
    }

    private Card card(OrderDetails details, StaffMember me, Instant now) {
        WorkOrder order = details.order();
        // Open deadlines and breached ones whose work is still to be done: an overdue order stays on top, in red.
        List<TrackedDeadline> open = details.deadlines().stream().filter(TrackedDeadline::stillOwed)
                .sorted(Comparator.comparing(TrackedDeadline::due)).toList();
        Set<String> actions = OrderAction.offeredTo(order, OrderPageSupport.actorOf(me), now).stream()
                .map(OrderAction::key).collect(Collectors.toSet());
        return new Card(order, addressOf(order, me), open, open.isEmpty() ? null : open.get(0).due(), actions);
    }

    private String addressOf(WorkOrder order, StaffMember me) {
        if (order.customerId() != null) {
            try {
                CustomerFile file = customers.file(order.customerId(), me);
                return file.address();
            } catch (NotFoundException outOfScope) {
                return null;
            }
        }
        return order.caller() == null ? null : order.caller().address();
    }
}
