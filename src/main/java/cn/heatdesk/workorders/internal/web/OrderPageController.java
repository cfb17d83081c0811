package cn.heatdesk.workorders.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.OrderDetails;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.WorkOrder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 工单页: one order with its whole timeline (who, when, note), its deadlines and breaches, the customer's whole
 * history (R-ANS-1), and every action the domain allows this person now, each a small form posted to
 * {@code /orders/{id}/{action}} with the version the page was loaded at. A change someone else made in between is
 * a conflict with a Chinese message, never a lost update; a refused step shows the domain's Chinese reason.
 */
@Controller
@RequestMapping("/orders/{id:\\d+}")
class OrderPageController {

    static final String VIEW = "orders/order";

    private final WorkOrders orders;
    private final CustomerFiles customers;
    private final VersionedChange versioned;
    private final Assignees assignees;
    private final OrderPageSupport support;
    private final StaffDirectory staff;

    OrderPageController(WorkOrders orders, CustomerFiles customers, VersionedChange versioned, Assignees assignees,
                        OrderPageSupport support, StaffDirectory staff) {
        this.orders = orders;
        this.customers = customers;
        this.versioned = versioned;
        this.assignees = assignees;
        this.support = support;
        this.staff = staff;
    }

    @GetMapping
    String order(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = OrderPageSupport.member(principal);
        fill(model, orders.order(id, viewer), viewer);
        return VIEW;
    }

    /**
     * One action. Success goes back (post/redirect/get) to {@code back} — a page of this application such as
     * 我的工单 — or to the order; a refusal or conflict is shown on the order page with its status code, or carried
     * back to {@code back} as a message.
     */
    @PostMapping("/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
               @RequestParam(required = false) String back, @RequestParam(required = false) String assignee,
               @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
               @RequestParam(required = false) String target, @RequestParam(required = false) String reached,
               @RequestParam(required = false) String satisfied, @RequestParam(required = false) String comment,
               @RequestParam(required = false) String customer,
               @AuthenticationPrincipal StaffPrincipal principal, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        StaffMember by = OrderPageSupport.member(principal);
        OrderAction what = OrderAction.byPath(action)
                .orElseThrow(() -> new NotFoundException("没有这项工单操作"));
        String backTo = OrderPageSupport.localPath(back);
        try {
            if (version == null) {
                throw new InvalidInputException("MISSING_FIELD", "version", "页面缺少工单版本，请刷新后重试。");
            }
            WorkOrder done = versioned.apply(id, version, by,
                    () -> perform(what, id, by, assignee, reason, note, target, reached, satisfied, comment, customer));
            redirect.addFlashAttribute("actionDone", what.key());
            redirect.addFlashAttribute("actionOrder", done.number());
            return "redirect:" + (backTo != null ? backTo : "/orders/" + id);
        } catch (ConflictException | ForbiddenException | InvalidInputException refused) {
            HttpStatus status = refused instanceof ConflictException ? HttpStatus.CONFLICT
                    : refused instanceof ForbiddenException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
            if (backTo != null) {
                redirect.addFlashAttribute("actionError", refused.getMessage());
                redirect.addFlashAttribute("actionErrorOrder", id);
                return "redirect:" + backTo;
            }
            response.setStatus(status.value());
            model.addAttribute("actionError", refused.getMessage());
            model.addAttribute("failedAction", what.key());
            fill(model, orders.order(id, by), by);
            return VIEW;
        }
    }

    private WorkOrder perform(OrderAction what, long id, StaffMember by, String assignee, String reason, String note,
                              String target, String reached, String satisfied, String comment, String customer) {
        return switch (what) {
            case MATCH -> orders.matchCustomer(id, customerNamed(customer, by), by);
            case CONSENT -> orders.recordPaidServiceConsent(id, by);
            case DISPATCH -> orders.dispatch(id, assignee, by);
            case REASSIGN -> orders.reassign(id, assignee, reason, by);
            case ACCEPT -> orders.accept(id, by);
            case CHECK_IN -> orders.checkIn(id, by);
            case MEASURE -> orders.recordMeasurement(id, by);
            case DELAY -> orders.explainDelay(id, support.parseLocal(target, "target"), note, by);
            case APPOINTMENT -> orders.agreeAppointment(id, support.parseLocal(target, "target"), by);
            case RESOLVE -> orders.resolve(id, note, by);
            case REPLY -> orders.reply(id, note, by);
            case CALLBACK -> orders.recordCallback(id, yes(reached, "reached"), satisfaction(reached, satisfied),
                    comment, by);
            case SPOT_CHECK -> orders.recordSpotCheck(id, yes(reached, "reached"), satisfaction(reached, satisfied),
                    comment, by);
            case CLOSE -> orders.close(id, by);
            case CANCEL -> orders.cancel(id, reason, by);
        };
    }

    /** The one customer file an account number or full phone names, in the person's scope. */
    private long customerNamed(String text, StaffMember by) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "customer", "请输入户号或完整手机号。");
        }
        List<CustomerSummary> found = customers.search(text.strip(), by, 2);
        List<CustomerSummary> exact = found.stream().filter(c -> text.strip().equalsIgnoreCase(c.accountNumber())).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        if (found.size() == 1) {
            return found.get(0).id();
        }
        throw new InvalidInputException("NOT_UNIQUE", "customer", found.isEmpty()
                ? "没有找到“" + text.strip() + "”的用户档案。" : "“" + text.strip() + "”对应多个用户，请输入完整户号。");
    }

    private static boolean yes(String value, String field) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw new InvalidInputException("MISSING_FIELD", field, "请选择是否联系到用户。");
    }

    /** Satisfaction only counts when the customer was reached; the domain asks for it then. */
    private static Boolean satisfaction(String reached, String satisfied) {
        if (!"true".equals(reached) || satisfied == null || satisfied.isBlank()) {
            return null;
        }
        return "true".equals(satisfied);
    }

    private void fill(Model model, OrderDetails details, StaffMember viewer) {
        WorkOrder order = details.order();
        Instant now = support.now();
        Set<String> offered = OrderAction.offeredTo(order, OrderPageSupport.actorOf(viewer), now).stream()
                .map(OrderAction::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        model.addAttribute("details", details);
        model.addAttribute("order", order);
        model.addAttribute("actions", offered);
        model.addAttribute("now", now);
        model.addAttribute("defaultTarget", support.inputIn(Duration.ofHours(1)));
        model.addAttribute("assignees", assignees.forDispatchBy(viewer));
        model.addAttribute("areaButler", assignees.butlerOf(order.areaId()));
        Set<String> people = new HashSet<>();
        people.add(order.assignee());
        people.add(order.firstResponder());
        order.timeline().forEach(e -> {
            people.add(e.by());
            people.add(e.assignee());
        });
        details.deadlines().forEach(d -> people.add(d.responsibleUsername()));
        details.breaches().forEach(b -> people.add(b.responsibleUsername()));
        model.addAttribute("names", staff.displayNames(people));
        CustomerFile file = null;
        if (order.customerId() != null) {
            try {
                file = customers.file(order.customerId(), viewer);
            } catch (NotFoundException outOfScope) {
                file = null;
            }
        }
        model.addAttribute("customer", file);
        model.addAttribute("history", file == null ? List.<WorkOrder>of()
                : orders.customerOrders(order.customerId(), viewer));
    }
}
