package cn.heatdesk.assessment.internal.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.assessment.AssessmentRecord;
import cn.heatdesk.assessment.AssessmentRecords;
import cn.heatdesk.assessment.Assessments;
import cn.heatdesk.assessment.NewAssessmentRecord;
import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.assessment.domain.PeriodRange;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.WorkOrderStatistics;
import cn.heatdesk.workorders.domain.Period;

/**
 * Record a confirmed complaint (R-SUP-6) or a confirmed non-notification (R-NOTIFY-6) against a person and/or a
 * unit, and see this month's records. A refused entry shows the form again with the reason and what was typed.
 */
@Controller
@RequestMapping("/assessment/complaints")
class ComplaintsController {

    static final String VIEW = "assessment/complaints";

    private final AssessmentRecords records;
    private final Assessments assessments;
    private final WorkOrderStatistics statistics;
    private final StaffDirectory staff;
    private final Organisation organisation;

    ComplaintsController(AssessmentRecords records, Assessments assessments, WorkOrderStatistics statistics,
                         StaffDirectory staff, Organisation organisation) {
        this.records = records;
        this.assessments = assessments;
        this.statistics = statistics;
        this.staff = staff;
        this.organisation = organisation;
    }

    record ComplaintForm(AssessmentKind kind, String responsibleUsername, Long responsibleAreaId, String basis,
                         String orderNumber, String reference) {

        static ComplaintForm empty() {
            return new ComplaintForm(AssessmentKind.CONFIRMED_COMPLAINT, null, null, null, null, null);
        }
    }

    /** One record as the list shows it: the company's wall-clock time, names instead of ids. */
    record RecordRow(long id, String when, AssessmentKind kind, String against, String basis, String orderNumber,
                     String confirmedBy) {
    }

    @GetMapping
    String form(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return page(AssessmentController.viewer(principal), ComplaintForm.empty(), model);
    }

    @PostMapping
    String record(@ModelAttribute ComplaintForm form, @AuthenticationPrincipal StaffPrincipal principal, Model model,
                  RedirectAttributes redirect) {
        StaffMember by = AssessmentController.viewer(principal);
        try {
            AssessmentRecord saved = records.record(new NewAssessmentRecord(form.kind(), form.responsibleUsername(),
                    form.responsibleAreaId(), form.basis(), form.orderNumber(), null, form.reference(), null), by);
            redirect.addFlashAttribute("saved", saved.id());
            return "redirect:/assessment/complaints";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
            return page(by, form, model);
        }
    }

    private String page(StaffMember viewer, ComplaintForm form, Model model) {
        List<Long> scope = statistics.areasOf(viewer);
        Period period = assessments.periodFor(PeriodRange.THIS_MONTH, null, null);
        model.addAttribute("form", form);
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("people", staff.findAll().stream()
                .sorted(java.util.Comparator.comparing(StaffMember::displayName)).toList());
        model.addAttribute("areas", organisation.areas().stream()
                .filter(a -> scope == null || scope.contains(a.id())).toList());
        model.addAttribute("period", period);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        staff.findAll().forEach(m -> names.put(m.username(), m.displayName()));
        java.util.Map<Long, String> areaNames = new java.util.HashMap<>();
        organisation.areas().forEach(a -> areaNames.put(a.id(), a.name()));
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(period.zone());
        model.addAttribute("records", records.inPeriod(period, viewer).stream().map(r -> new RecordRow(r.id(),
                format.format(r.confirmedAt()), r.kind(),
                (r.responsibleUsername() == null ? "—" : names.getOrDefault(r.responsibleUsername(), r.responsibleUsername()))
                        + " / " + (r.responsibleAreaId() == null ? "—" : areaNames.getOrDefault(r.responsibleAreaId(), "—")),
                r.basis(), r.orderNumber(),
                names.getOrDefault(r.confirmedBy(), r.confirmedBy()))).toList());
        return VIEW;
    }
}
