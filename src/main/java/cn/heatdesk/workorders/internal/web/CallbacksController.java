package cn.heatdesk.workorders.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerLabel;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * 回访: resolved orders whose callback is due (R-SUP-2, R-ANS-4, R-HOME-1) — reached? satisfied? the customer's
 * words — and, for the market customer service department, the spot-check queue of its second callbacks (R-SUP-2).
 * Each result posts to {@code /orders/{id}/callback} or {@code /spot-check} and comes back here.
 */
@Controller
class CallbacksController {

    static final String VIEW = "orders/callbacks";

    private final WorkOrders orders;
    private final CustomerFiles customers;
    private final OrderPageSupport support;

    CallbacksController(WorkOrders orders, CustomerFiles customers, OrderPageSupport support) {
        this.orders = orders;
        this.customers = customers;
        this.support = support;
    }

    /**
     * A due callback, whom to call — the customer from the files (name and address; the phone is on the file, shown
     * masked until revealed, R-SYS-2) or the caller as they gave themselves — and whether this person may make it (not
     * the visitor themselves, R-HOME-1).
     */
    record Due(WorkOrder order, boolean mayCall, String resolution, CustomerLabel customer) {
    }

    @GetMapping("/orders/callbacks")
    String callbacks(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember me = OrderPageSupport.member(principal);
        var actor = OrderPageSupport.actorOf(me);
        var now = support.now();
        List<WorkOrder> resolved = orders.callbacksDue(me);
        Map<Long, CustomerLabel> labels = customers.labels(resolved.stream().map(WorkOrder::customerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Due> due = resolved.stream()
                .sorted(Comparator.comparing(WorkOrder::receivedAt))
                .map(o -> new Due(o, OrderAction.offeredTo(o, actor, now).contains(OrderAction.CALLBACK), resolution(o),
                        o.customerId() == null ? null : labels.get(o.customerId())))
                .toList();
        model.addAttribute("due", due);
        model.addAttribute("spotChecks", me.role() == StaffRole.MARKET_SERVICE || me.role() == StaffRole.ADMINISTRATOR
                || me.role() == StaffRole.SUPERVISOR ? orders.spotCheckQueue(me) : List.of());
        model.addAttribute("spotChecker", me.role() == StaffRole.MARKET_SERVICE);
        return VIEW;
    }

    /** What was done, as the visitor recorded it: the caller is asked whether that is so. */
    private static String resolution(WorkOrder order) {
        return order.timeline().stream().filter(e -> e.what() == cn.heatdesk.workorders.domain.TimelineEvent.RESOLVED)
                .reduce((a, b) -> b).map(e -> e.note()).orElse(null);
    }
}
