package cn.heatdesk.workorders.internal.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.ButlerNumber;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Script;
import cn.heatdesk.workorders.domain.Scripts;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 热线工作台: the agent types or pastes the caller's number; matching customer files and their orders appear as
 * they type (htmx); the new order needs a kind, a few words and Enter. The standard phrases (R-BUTLER-4) sit
 * beside the form with the butler's number of the matched customer filled in. Saved, the order opens.
 */
@Controller
@RequestMapping("/hotline")
class HotlineController {

    static final String VIEW = "orders/hotline";

    /** Fewer digits than this match too many files to be of use. */
    static final int MIN_LOOKUP = 4;

    static final int MATCHES = 5;
    /** Orders of each matched customer's history shown on the desk (the rest are on the file). */
    static final int HISTORY_SHOWN = 5;

    private final WorkOrders orders;
    private final CustomerFiles customers;

    HotlineController(WorkOrders orders, CustomerFiles customers) {
        this.orders = orders;
        this.customers = customers;
    }

    /** An order as the agent typed it, kept when it is refused so nothing has to be typed again. */
    record IntakeForm(String callerPhone, Channel channel, OrderKind kind, boolean emergency, Long customerId,
                      String callerName, String callerAddress, String description) {
    }

    /** One matched customer with their orders, newest first (R-ANS-1). */
    record Match(CustomerSummary customer, List<WorkOrder> orders) {
    }

    @GetMapping
    String desk(@RequestParam(required = false) String callerPhone, @AuthenticationPrincipal StaffPrincipal principal,
                Model model) {
        StaffMember agent = OrderPageSupport.member(principal);
        IntakeForm form = new IntakeForm(callerPhone, defaultChannel(agent), null, false, null, null, null, null);
        fill(model, form, agent);
        return VIEW;
    }

    /** htmx: the matches for what is typed so far, with the scripts for the first match's butler out of band. */
    @GetMapping("/lookup")
    String lookup(@RequestParam(required = false) String callerPhone, @AuthenticationPrincipal StaffPrincipal principal,
                  Model model) {
        StaffMember agent = OrderPageSupport.member(principal);
        lookupModel(model, callerPhone, null, agent);
        model.addAttribute("htmxLookup", true);
        return VIEW + " :: lookup";
    }

    @PostMapping("/orders")
    String register(@RequestParam(required = false) String callerPhone, @RequestParam(required = false) Channel channel,
                    @RequestParam(required = false) OrderKind kind, @RequestParam(defaultValue = "false") boolean emergency,
                    @RequestParam(required = false) Long customerId, @RequestParam(required = false) String callerName,
                    @RequestParam(required = false) String callerAddress,
                    @RequestParam(required = false) String description,
                    @AuthenticationPrincipal StaffPrincipal principal, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        StaffMember agent = OrderPageSupport.member(principal);
        IntakeForm form = new IntakeForm(callerPhone, channel == null ? defaultChannel(agent) : channel, kind,
                emergency, customerId, callerName, callerAddress, description);
        try {
            if (kind == null) {
                throw new InvalidInputException("MISSING_FIELD", "kind", "请选择工单类型。");
            }
            Urgency urgency = emergency || kind == OrderKind.EMERGENCY_REPAIR ? Urgency.EMERGENCY : Urgency.GENERAL;
            // A matched customer is reached through the file (masked, R-SYS-2); the caller's own words are kept
            // only for callers not (yet) found in the files.
            NewOrder request = customerId != null
                    ? new NewOrder(form.channel(), kind, urgency, customerId, null, null, null, description, null,
                    null, null, null)
                    : NewOrder.unmatchedCaller(form.channel(), kind, urgency, callerName, callerPhone, callerAddress,
                    description);
            WorkOrder order = orders.register(request, agent);
            redirect.addFlashAttribute("registered", order.number());
            return "redirect:/orders/" + order.id();
        } catch (InvalidInputException refused) {
            response.setStatus(400);
            model.addAttribute("intakeError", refused.getMessage());
            model.addAttribute("intakeErrorField", refused.field());
            fill(model, form, agent);
            return VIEW;
        }
    }

    private void fill(Model model, IntakeForm form, StaffMember agent) {
        model.addAttribute("form", form);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("kinds", OrderKind.values());
        lookupModel(model, form.callerPhone(), form.customerId(), agent);
    }

    private void lookupModel(Model model, String phone, Long chosen, StaffMember agent) {
        String typed = phone == null ? "" : phone.strip();
        long digits = typed.chars().filter(Character::isLetterOrDigit).count();
        List<Match> matches = List.of();
        if (digits >= MIN_LOOKUP) {
            matches = customers.search(typed, agent, MATCHES).stream()
                    .map(c -> new Match(c, history(c.id(), agent)))
                    .toList();
        }
        model.addAttribute("typed", typed);
        model.addAttribute("lookedUp", digits >= MIN_LOOKUP);
        model.addAttribute("matches", matches);
        model.addAttribute("historyShown", HISTORY_SHOWN);
        // R-ANS-1: a customer calling back about an order nobody has reached yet is told the truth at once.
        model.addAttribute("overdue", orders.overdue(matches.stream()
                .flatMap(m -> m.orders().stream().limit(HISTORY_SHOWN)).map(WorkOrder::id).toList()));
        Long selected = chosen != null ? chosen : matches.size() == 1 ? matches.get(0).customer().id() : null;
        model.addAttribute("selectedCustomer", selected);
        String butler = matches.stream().filter(m -> selected == null || m.customer().id() == selected)
                .map(m -> m.customer().butlerNumber()).filter(n -> n != null && !n.isBlank()).findFirst()
                .orElse(null);
        model.addAttribute("scriptButler", butler);
        model.addAttribute("scripts", scripts(butler));
    }

    /** R-BUTLER-4: the phrases with the butler's number, or 管家XX号 until a customer is found. */
    static List<Script> scripts(String butlerNumber) {
        return Scripts.forButler(new ButlerNumber(butlerNumber == null ? "XX" : butlerNumber)).all();
    }

    /** R-ANS-1: what was asked and answered before, newest first. */
    private List<WorkOrder> history(long customerId, StaffMember agent) {
        return orders.customerOrders(customerId, agent);
    }

    private static Channel defaultChannel(StaffMember agent) {
        return agent.role() == StaffRole.BUTLER ? Channel.BUTLER : Channel.HOTLINE_968111;
    }

}
