package cn.heatdesk.assessment.internal.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.heatdesk.assessment.AssessmentTable;
import cn.heatdesk.assessment.Assessments;
import cn.heatdesk.assessment.domain.PeriodRange;
import cn.heatdesk.assessment.internal.AssessmentExport;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.domain.Period;

/**
 * 考核 (R-SUP-6): the table per person and per unit for a chosen period, with charts drawn from the table's rows,
 * and the same table as Excel. Changing the period asks htmx for the report fragment alone.
 */
@Controller
@RequestMapping("/assessment")
class AssessmentController {

    static final String VIEW = "assessment/index";
    static final String HX_REQUEST = "HX-Request";

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    /** The period picker's choice; a custom period that cannot be used falls back to this month with a message. */
    record PeriodForm(PeriodRange range, LocalDate from, LocalDate to, String view) {

        PeriodForm {
            range = range == null ? PeriodRange.THIS_MONTH : range;
            view = "unit".equals(view) ? "unit" : "person";
        }
    }

    @GetMapping
    String report(@RequestParam(required = false) PeriodRange range,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String view, @AuthenticationPrincipal StaffPrincipal principal,
                  @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        StaffMember viewer = viewer(principal);
        PeriodForm form = new PeriodForm(range, from, to, view);
        Period period;
        try {
            period = assessments.periodFor(form.range(), form.from(), form.to());
        } catch (InvalidInputException e) {
            model.addAttribute("periodError", e.getMessage());
            period = assessments.periodFor(PeriodRange.THIS_MONTH, null, null);
        }
        AssessmentTable table = assessments.table(period, viewer);
        model.addAttribute("form", new PeriodForm(form.range(), period.from(), period.to(), form.view()));
        model.addAttribute("ranges", PeriodRange.values());
        model.addAttribute("rules", List.of(DeadlineRule.values()));
        model.addAttribute("table", table);
        model.addAttribute("lines", "unit".equals(form.view()) ? table.units() : table.people());
        return htmx != null ? VIEW + " :: report" : VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) PeriodRange range,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @AuthenticationPrincipal StaffPrincipal principal, HttpServletResponse response) throws IOException {
        StaffMember viewer = viewer(principal);
        Period period = assessments.periodFor(range, from, to);
        String filename = AssessmentExport.filename(period);
        response.setContentType(AssessmentExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessment.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        // Figures about named people: no copy in shared caches.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        assessments.writeExcel(period, viewer, response.getOutputStream());
    }

    static StaffMember viewer(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以查看考核");
        }
        return principal.toMember();
    }
}
