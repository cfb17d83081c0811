package cn.heatdesk.fieldservice.inspections.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.fieldservice.inspections.BuildingNotices;
import cn.heatdesk.fieldservice.inspections.Finding;
import cn.heatdesk.fieldservice.inspections.InspectionRound;
import cn.heatdesk.fieldservice.inspections.Inspections;
import cn.heatdesk.fieldservice.inspections.NewFinding;
import cn.heatdesk.fieldservice.inspections.NewRound;
import cn.heatdesk.fieldservice.inspections.RectificationNotice;
import cn.heatdesk.fieldservice.inspections.RectificationNoticePdf;
import cn.heatdesk.fieldservice.inspections.domain.DeliveryMethod;
import cn.heatdesk.fieldservice.inspections.domain.NoticeKind;
import cn.heatdesk.fieldservice.inspections.domain.ReinspectionResult;
import cn.heatdesk.fieldservice.inspections.domain.RepairStatus;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * The butler's inspection pages (phone first): rounds and findings, the repair and upgrade plan,
 * rectification notices with their PDF, delivery and re-inspection (R-BUTLER-3), and the building notice
 * coverage (R-BUTLER-2). Forms post and redirect; a refused step comes back as a Chinese message.
 */
@Controller
class InspectionPagesController {

    record RoundForm(Long areaId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
                     String inspector, String note) {
    }

    record FindingForm(CustomerKind customerKind, BoundaryLocation location, Long buildingId, Long customerId,
                       String place, String description,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractDate, String addressee,
                       String requirement, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reinspectionOn) {

        static FindingForm empty() {
            return new FindingForm(null, null, null, null, null, null, null, null, null, null);
        }
    }

    private final Inspections inspections;
    private final BuildingNotices buildingNotices;
    private final RectificationNoticePdf pdf;

    InspectionPagesController(Inspections inspections, BuildingNotices buildingNotices, RectificationNoticePdf pdf) {
        this.inspections = inspections;
        this.buildingNotices = buildingNotices;
        this.pdf = pdf;
    }

    @GetMapping("/inspections")
    String rounds(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = InspectionApiController.staff(principal);
        model.addAttribute("rounds", inspections.rounds(viewer));
        model.addAttribute("areas", inspections.areasOf(viewer).values());
        model.addAttribute("mayInspect", Inspections.mayInspect(viewer.role()));
        model.addAttribute("today", inspections.today());
        model.addAttribute("notices", inspections.notices(viewer).stream()
                .filter(n -> !n.reinspected()).toList());
        return "inspections/rounds";
    }

    @PostMapping("/inspections")
    String start(@ModelAttribute RoundForm form, @AuthenticationPrincipal StaffPrincipal principal,
                 RedirectAttributes redirect) {
        try {
            long id = inspections.startRound(new NewRound(form.areaId(), form.inspectedOn(), form.inspector(),
                    form.note()), InspectionApiController.staff(principal));
            return "redirect:/inspections/" + id;
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/inspections";
        }
    }

    @GetMapping("/inspections/{id}")
    String round(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = InspectionApiController.staff(principal);
        InspectionRound round = inspections.round(id, viewer);
        model.addAttribute("round", round);
        model.addAttribute("buildings", inspections.buildings(round.areaId(), viewer));
        model.addAttribute("locations", BoundaryLocation.values());
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("mayInspect", Inspections.mayInspect(viewer.role()));
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", FindingForm.empty());
        }
        model.addAttribute("defaultReinspection", round.inspectedOn().plusDays(Inspections.DEFAULT_REINSPECTION_DAYS));
        return "inspections/round";
    }

    @PostMapping("/inspections/{id}/findings")
    String finding(@PathVariable long id, @ModelAttribute FindingForm form,
                   @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        try {
            Finding finding = inspections.recordFinding(id, new NewFinding(form.customerKind(), form.location(),
                    form.buildingId(), form.customerId(), form.place(), form.description(), form.contractDate(),
                    form.addressee(), form.requirement(), form.reinspectionOn()), InspectionApiController.staff(principal));
            redirect.addFlashAttribute("recorded", finding);
        }
        catch (InvalidInputException | NoPolicyInForceException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("findingForm", form);
        }
        return "redirect:/inspections/" + id;
    }

    @GetMapping("/repair-plan")
    String repairPlan(@RequestParam(required = false) RepairStatus status,
                      @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = InspectionApiController.staff(principal);
        model.addAttribute("items", inspections.repairPlan(status, viewer));
        model.addAttribute("status", status);
        model.addAttribute("statuses", RepairStatus.values());
        model.addAttribute("mayPlan", Inspections.mayPlan(viewer.role()));
        return "inspections/repair-plan";
    }

    @PostMapping("/repair-plan/{itemId}/status")
    String moveItem(@PathVariable long itemId, @RequestParam(required = false) RepairStatus status,
                    @RequestParam(required = false) Integer version, @AuthenticationPrincipal StaffPrincipal principal,
                    RedirectAttributes redirect) {
        try {
            inspections.moveRepairItem(itemId, status, version, InspectionApiController.staff(principal));
            redirect.addFlashAttribute("saved", itemId);
        }
        catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/repair-plan";
    }

    @GetMapping("/rectification-notices/{id}")
    String notice(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = InspectionApiController.staff(principal);
        RectificationNotice notice = inspections.notice(id, viewer);
        model.addAttribute("notice", notice);
        model.addAttribute("methods", DeliveryMethod.values());
        model.addAttribute("results", ReinspectionResult.values());
        model.addAttribute("mayInspect", Inspections.mayInspect(viewer.role()));
        model.addAttribute("companyName", pdf.companyName());
        model.addAttribute("hotline", pdf.hotline());
        return "inspections/notice";
    }

    @GetMapping("/rectification-notices/{id}.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return InspectionApiController.Pdfs.inline(pdf.render(id, InspectionApiController.staff(principal)), id);
    }

    @PostMapping("/rectification-notices/{id}/delivery")
    String delivery(@PathVariable long id, @RequestParam(required = false) DeliveryMethod method,
                    @RequestParam(required = false) String deliveredTo,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deliveredAt,
                    @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        try {
            inspections.recordDelivery(id, method, deliveredTo,
                    deliveredAt == null ? null : deliveredAt.atZone(inspections.zone()).toInstant(),
                    InspectionApiController.staff(principal));
            redirect.addFlashAttribute("saved", "delivery");
        }
        catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rectification-notices/" + id;
    }

    @PostMapping("/rectification-notices/{id}/reinspection")
    String reinspection(@PathVariable long id, @RequestParam(required = false) ReinspectionResult result,
                        @RequestParam(required = false) String note, @AuthenticationPrincipal StaffPrincipal principal,
                        RedirectAttributes redirect) {
        try {
            inspections.recordReinspection(id, result, note, InspectionApiController.staff(principal));
            redirect.addFlashAttribute("saved", "reinspection");
        }
        catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rectification-notices/" + id;
    }

    @GetMapping("/building-notices")
    String buildingNotices(@RequestParam(required = false) Long areaId,
                           @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = InspectionApiController.staff(principal);
        model.addAttribute("coverage", buildingNotices.coverage(areaId, viewer));
        model.addAttribute("areas", inspections.areasOf(viewer).values());
        model.addAttribute("kinds", List.copyOf(Arrays.asList(NoticeKind.values())));
        model.addAttribute("mayPost", Inspections.mayInspect(viewer.role()));
        return "inspections/building-notices";
    }

    @PostMapping("/building-notices")
    String post(@RequestParam long buildingId, @RequestParam(required = false) NoticeKind kind,
                @RequestParam(required = false) Long areaId, @AuthenticationPrincipal StaffPrincipal principal,
                RedirectAttributes redirect) {
        try {
            buildingNotices.post(buildingId, kind, null, InspectionApiController.staff(principal));
            redirect.addFlashAttribute("saved", buildingId);
        }
        catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return areaId == null ? "redirect:/building-notices" : "redirect:/building-notices?areaId=" + areaId;
    }
}
