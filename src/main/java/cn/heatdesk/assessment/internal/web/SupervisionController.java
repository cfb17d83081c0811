package cn.heatdesk.assessment.internal.web;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.heatdesk.assessment.Assessments;
import cn.heatdesk.assessment.domain.PeriodRange;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.Breach;
import cn.heatdesk.workorders.WorkOrderStatistics;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.Period;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * 监督看板 (R-SUP-5): this month's breaches, deadlines about to fall due, callbacks due and open orders by area, in
 * the viewer's scope. htmx asks for the board fragment every 60 seconds, so the page stays current on a wall screen.
 */
@Controller
@RequestMapping("/supervision")
class SupervisionController {

    static final String VIEW = "supervision/board";

    private final WorkOrderStatistics statistics;
    private final WorkOrders workOrders;
    private final Assessments assessments;
    private final StaffDirectory staff;

    SupervisionController(WorkOrderStatistics statistics, WorkOrders workOrders, Assessments assessments,
                          StaffDirectory staff) {
        this.statistics = statistics;
        this.workOrders = workOrders;
        this.assessments = assessments;
        this.staff = staff;
    }

    @GetMapping
    String board(@AuthenticationPrincipal StaffPrincipal principal,
                 @RequestHeader(value = AssessmentController.HX_REQUEST, required = false) String htmx, Model model) {
        StaffMember viewer = AssessmentController.viewer(principal);
        Period month = assessments.periodFor(PeriodRange.THIS_MONTH, null, null);
        List<Breach> breaches = statistics.breaches(month, viewer);
        Map<DeadlineRule, Long> byRule = new EnumMap<>(DeadlineRule.class);
        statistics.byUnit(month, viewer).forEach(u -> u.figures().breaches().forEach((r, n) -> byRule.merge(r, n, Long::sum)));
        List<WorkOrderStatistics.AreaCount> open = statistics.openOrdersByArea(viewer);
        List<WorkOrder> callbacksDue = workOrders.callbacksDue(viewer);
        // Every time the board shows, as wall-clock text in the company's zone.
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
                .withZone(month.zone());
        List<WorkOrderStatistics.Warning> warnings = statistics.warnings(viewer);
        Map<java.time.Instant, String> times = new java.util.HashMap<>();
        warnings.forEach(w -> times.put(w.due(), format.format(w.due())));
        breaches.forEach(b -> times.put(b.due(), format.format(b.due())));
        callbacksDue.forEach(o -> times.put(o.receivedAt(), format.format(o.receivedAt())));
        model.addAttribute("times", times);
        // People by name (张伟), not by login, in one query for those the board shows.
        Set<String> people = new HashSet<>();
        warnings.forEach(w -> people.add(w.responsibleUsername()));
        breaches.forEach(b -> people.add(b.responsibleUsername()));
        callbacksDue.forEach(o -> people.add(o.assignee()));
        model.addAttribute("names", staff.displayNames(people));
        model.addAttribute("month", month);
        model.addAttribute("breaches", breaches);
        model.addAttribute("breachesByRule", byRule);
        model.addAttribute("breachTotal", byRule.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("warnings", warnings);
        model.addAttribute("warningMinutes", statistics.warningLead().toMinutes());
        model.addAttribute("openByArea", open);
        model.addAttribute("openTotal", open.stream().mapToLong(WorkOrderStatistics.AreaCount::count).sum());
        model.addAttribute("callbacksDue", callbacksDue.stream().limit(WorkOrderStatistics.LIST_LIMIT).toList());
        model.addAttribute("callbacksDueCount", callbacksDue.size());
        model.addAttribute("shown", WorkOrderStatistics.LIST_LIMIT);
        return htmx != null ? VIEW + " :: board" : VIEW;
    }
}
