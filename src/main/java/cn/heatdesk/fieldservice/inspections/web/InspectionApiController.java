package cn.heatdesk.fieldservice.inspections.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.fieldservice.inspections.Finding;
import cn.heatdesk.fieldservice.inspections.InspectionRound;
import cn.heatdesk.fieldservice.inspections.Inspections;
import cn.heatdesk.fieldservice.inspections.NewFinding;
import cn.heatdesk.fieldservice.inspections.NewRound;
import cn.heatdesk.fieldservice.inspections.RectificationNotice;
import cn.heatdesk.fieldservice.inspections.RectificationNoticePdf;
import cn.heatdesk.fieldservice.inspections.RepairPlanItem;
import cn.heatdesk.fieldservice.inspections.domain.DeliveryMethod;
import cn.heatdesk.fieldservice.inspections.domain.ReinspectionResult;
import cn.heatdesk.fieldservice.inspections.domain.RepairStatus;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Inspections, the repair and upgrade plan and rectification notices over HTTP (R-BUTLER-3). */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "巡检、维修技改计划、整改通知书(送达、复查)")
class InspectionApiController {

    record DeliveryBody(DeliveryMethod method, String deliveredTo, Instant deliveredAt) {
    }

    record ReinspectionBody(ReinspectionResult result, String note) {
    }

    record StatusBody(RepairStatus status, Integer version) {
    }

    private final Inspections inspections;
    private final RectificationNoticePdf pdf;

    InspectionApiController(Inspections inspections, RectificationNoticePdf pdf) {
        this.inspections = inspections;
        this.pdf = pdf;
    }

    static StaffMember staff(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以使用巡检");
        }
        return principal.toMember();
    }

    @GetMapping
    @Operation(summary = "Inspection rounds in the caller's areas, newest first")
    List<InspectionRound> rounds(@AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.rounds(staff(principal));
    }

    @PostMapping
    @Operation(summary = "Start an inspection round of an area (inspectedOn defaults to today)")
    ResponseEntity<InspectionRound> start(@RequestBody NewRound body, @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember viewer = staff(principal);
        long id = inspections.startRound(body, viewer);
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(inspections.round(id, viewer));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A round with its findings; 404 outside the caller's scope")
    InspectionRound round(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.round(id, staff(principal));
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "Record a finding at a boundary point; the responsibility resolver routes it to the repair plan "
            + "(company) or a rectification notice (customer, owners)")
    ResponseEntity<Finding> finding(@PathVariable long id, @RequestBody NewFinding body,
                                    @AuthenticationPrincipal StaffPrincipal principal) {
        Finding finding = inspections.recordFinding(id, body, staff(principal));
        return ResponseEntity.status(201).body(finding);
    }

    @GetMapping("/repair-plan")
    @Operation(summary = "The repair and upgrade plan (维修技改计划), optionally one status")
    List<RepairPlanItem> repairPlan(@RequestParam(required = false) RepairStatus status,
                                    @AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.repairPlan(status, staff(principal));
    }

    @PostMapping("/repair-plan/{itemId}/status")
    @Operation(summary = "Move a repair plan item forward (PLANNED → IN_PROGRESS → DONE); 409 on a stale version")
    RepairPlanItem moveItem(@PathVariable long itemId, @RequestBody StatusBody body,
                            @AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.moveRepairItem(itemId, body.status(), body.version(), staff(principal));
    }

    @GetMapping("/rectification-notices")
    @Operation(summary = "Rectification notices in the caller's areas, by re-inspection date")
    List<RectificationNotice> notices(@AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.notices(staff(principal));
    }

    @GetMapping("/rectification-notices/{id}")
    @Operation(summary = "One rectification notice with delivery and re-inspection")
    RectificationNotice notice(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.notice(id, staff(principal));
    }

    @GetMapping(value = "/rectification-notices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The printable 整改通知书 as a Chinese PDF")
    ResponseEntity<byte[]> noticePdf(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return Pdfs.inline(pdf.render(id, staff(principal)), id);
    }

    @PostMapping("/rectification-notices/{id}/delivery")
    @Operation(summary = "Record the delivery once: how, to whom, when (default now); 409 when already recorded")
    RectificationNotice delivery(@PathVariable long id, @RequestBody DeliveryBody body,
                                 @AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.recordDelivery(id, body.method(), body.deliveredTo(), body.deliveredAt(), staff(principal));
    }

    @PostMapping("/rectification-notices/{id}/reinspection")
    @Operation(summary = "Record the re-inspection once, on or after the re-inspection date, after delivery")
    RectificationNotice reinspection(@PathVariable long id, @RequestBody ReinspectionBody body,
                                     @AuthenticationPrincipal StaffPrincipal principal) {
        return inspections.recordReinspection(id, body.result(), body.note(), staff(principal));
    }

    /** PDF response headers: inline, with a Chinese file name and an ASCII fallback; no caching of personal data. */
    static final class Pdfs {

        private Pdfs() {
        }

        static ResponseEntity<byte[]> inline(byte[] bytes, long id) {
            String ascii = "rectification-notice-" + id + ".pdf";
            String encoded = java.net.URLEncoder.encode("整改通知书-" + id + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(bytes);
        }
    }
}
