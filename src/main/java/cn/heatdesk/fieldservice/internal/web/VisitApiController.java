package cn.heatdesk.fieldservice.internal.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.heatdesk.fieldservice.FollowUp;
import cn.heatdesk.fieldservice.HomeVisitView;
import cn.heatdesk.fieldservice.HomeVisits;
import cn.heatdesk.fieldservice.VisitPhoto;
import cn.heatdesk.fieldservice.domain.ChecklistStep;
import cn.heatdesk.fieldservice.domain.Damage;
import cn.heatdesk.fieldservice.domain.HomeVisit;
import cn.heatdesk.fieldservice.domain.PaidItem;
import cn.heatdesk.fieldservice.domain.Remedy;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Home visits over HTTP (入户服务, R-HOME-1..2). */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Home visits", description = "入户服务：今日入户、签到、十个一、维修、有偿服务、损坏赔偿、照片、回访")
class VisitApiController {

    record StartRequest(Long appointmentId) {
    }

    record WorkRequest(String workDone, String parts) {
    }

    record PaidItemRequest(String description, BigDecimal amount, String consent) {
    }

    record DamageRequest(String description, Remedy remedy, String remedyNote) {
    }

    record FollowUpRequest(boolean reached, Boolean satisfied, String comment) {
    }

    record StepResponse(int number, String name, String title, boolean byVisitor, OffsetDateTime doneAt) {
    }

    record VisitResponse(long id, long appointmentId, long customerId, Long workOrderId, String visitor,
                         OffsetDateTime startedAt, boolean late, List<StepResponse> steps, String workDone,
                         String parts, List<PaidItem> paidItems, List<Damage> damages, List<VisitPhoto> photos,
                         OffsetDateTime finishedAt, FollowUp followUp, String measurementLink) {
    }

    record TodayResponse(long appointmentId, OffsetDateTime startsAt, String customerName, String place,
                         String status, Long visitId, boolean finished) {
    }

    private final HomeVisits visits;
    private final ZoneId zone;

    VisitApiController(HomeVisits visits, @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.visits = visits;
        this.zone = zone;
    }

    @GetMapping("/today")
    @Operation(summary = "The caller's visits of today in time order")
    List<TodayResponse> today(@AuthenticationPrincipal StaffPrincipal principal) {
        return visits.today(VisitPageController.member(principal)).stream().map(t -> new TodayResponse(
                t.appointment().appointment().id(), t.appointment().appointment().start().atZone(zone).toOffsetDateTime(),
                t.appointment().customerName(), t.appointment().appointment().place(),
                t.appointment().appointment().status().name(), t.visitId(), t.finished())).toList();
    }

    @PostMapping
    @Operation(summary = "R-APPT-2: check in on an agreed appointment and open its visit (again: the same visit)")
    ResponseEntity<VisitResponse> start(@RequestBody StartRequest body, @AuthenticationPrincipal StaffPrincipal principal) {
        VisitPageController.require(body == null ? null : body.appointmentId(), "appointmentId");
        HomeVisit v = visits.start(body.appointmentId(), VisitPageController.member(principal));
        return ResponseEntity.status(201).header("Location", "/api/v1/visits/" + v.id()).body(one(v.id(), principal));
    }

    @GetMapping("/{id}")
    VisitResponse get(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return one(id, principal);
    }

    @PostMapping("/{id}/steps/{step}")
    @Operation(summary = "R-HOME-1: tick step 1–9; step 10 is refused (it is the follow-up call)")
    VisitResponse tick(@PathVariable long id, @PathVariable int step, @AuthenticationPrincipal StaffPrincipal principal) {
        visits.tick(id, step, VisitPageController.member(principal));
        return one(id, principal);
    }

    @PostMapping("/{id}/work")
    VisitResponse work(@PathVariable long id, @RequestBody WorkRequest body, @AuthenticationPrincipal StaffPrincipal principal) {
        visits.recordWork(id, body.workDone(), body.parts(), VisitPageController.member(principal));
        return one(id, principal);
    }

    @PostMapping("/{id}/paid-items")
    @Operation(summary = "A paid-service item with the customer's recorded consent")
    VisitResponse paidItem(@PathVariable long id, @RequestBody PaidItemRequest body,
                           @AuthenticationPrincipal StaffPrincipal principal) {
        visits.addPaidItem(id, body.description(), body.amount(), body.consent(), VisitPageController.member(principal));
        return one(id, principal);
    }

    @PostMapping("/{id}/damages")
    @Operation(summary = "R-HOME-2: damage to the customer's property with its remedy (RESTORE or COMPENSATE)")
    VisitResponse damage(@PathVariable long id, @RequestBody DamageRequest body,
                         @AuthenticationPrincipal StaffPrincipal principal) {
        visits.addDamage(id, body.description(), body.remedy(), body.remedyNote(), VisitPageController.member(principal));
        return one(id, principal);
    }

    @PostMapping(value = "/{id}/photos", consumes = "multipart/form-data")
    @Operation(summary = "Attach a photo: JPEG or PNG by magic bytes, at most 5 MB")
    ResponseEntity<VisitPhoto> photo(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
                                     @RequestParam(required = false) String caption,
                                     @AuthenticationPrincipal StaffPrincipal principal) {
        return ResponseEntity.status(201).body(visits.addPhoto(id, VisitPageController.bytes(photo), caption,
                VisitPageController.member(principal)));
    }

    @PostMapping("/{id}/finish")
    @Operation(summary = "R-HOME-1: finish (steps 1–9 needed); creates the step-10 follow-up call")
    VisitResponse finish(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        visits.finish(id, VisitPageController.member(principal));
        return one(id, principal);
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "Open step-10 follow-up calls (hotline, market service, supervisors)")
    List<FollowUp> followUps(@AuthenticationPrincipal StaffPrincipal principal) {
        return visits.openFollowUps(VisitPageController.member(principal));
    }

    @PostMapping("/follow-ups/{followUpId}")
    @Operation(summary = "Record a follow-up call; the visitor may not record their own")
    FollowUp recordFollowUp(@PathVariable long followUpId, @RequestBody FollowUpRequest body,
                            @AuthenticationPrincipal StaffPrincipal principal) {
        return visits.recordFollowUp(followUpId, body.reached(), body.satisfied(), body.comment(),
                VisitPageController.member(principal));
    }

    private VisitResponse one(long id, StaffPrincipal principal) {
        HomeVisitView view = visits.visit(id, VisitPageController.member(principal));
        HomeVisit v = view.visit();
        List<StepResponse> steps = java.util.Arrays.stream(ChecklistStep.values()).map(s -> new StepResponse(s.number(),
                s.shortName(), s.title(), s.byVisitor(), at(v.ticked().get(s)))).toList();
        return new VisitResponse(v.id(), v.appointmentId(), v.customerId(), v.workOrderId(), v.visitor(),
                at(v.startedAt()), view.appointment().appointment().late(), steps, v.workDone(), v.parts(),
                v.paidItems(), v.damages(), view.photos(), at(v.finishedAt()), view.followUp(),
                "/temperature/new?customerId=" + v.customerId() + "&visitId=" + v.id());
    }

    private OffsetDateTime at(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
