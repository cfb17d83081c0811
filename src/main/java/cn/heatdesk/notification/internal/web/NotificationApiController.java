package cn.heatdesk.notification.internal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.notification.Channel;
import cn.heatdesk.notification.Complaint;
import cn.heatdesk.notification.ComplaintStatus;
import cn.heatdesk.notification.FollowUp;
import cn.heatdesk.notification.NewComplaint;
import cn.heatdesk.notification.NewItemVersion;
import cn.heatdesk.notification.NewNotice;
import cn.heatdesk.notification.Notice;
import cn.heatdesk.notification.OneTimeNotifications;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.notification.domain.NoticeLine;
import cn.heatdesk.notification.domain.SuspensionWindow;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * One-time notification over HTTP (R-NOTIFY-1..6, R-SUSPEND-1). Notices about a customer are scoped like the
 * customer file (R-SYS-2); only administrators add item versions; supervision decides complaints.
 */
@RestController
@RequestMapping("/api/v1/notification")
@Tag(name = "One-time notification", description = "一次性告知：办理事项、告知书、补充告知、未告知投诉")
class NotificationApiController {

    private final OneTimeNotifications notifications;
    private final NoticePdf pdf;
    private final ZoneId zone;

    NotificationApiController(OneTimeNotifications notifications, NoticePdf pdf,
                              @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.notifications = notifications;
        this.pdf = pdf;
        this.zone = zone;
    }

    @GetMapping("/items")
    @Operation(summary = "The catalog: every business item in the version in force today (R-NOTIFY-1)")
    List<BusinessItem> items() {
        return notifications.catalog();
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "One business item in the version in force today")
    BusinessItem item(@PathVariable String code) {
        return notifications.item(code);
    }

    @GetMapping("/items/{code}/versions")
    @Operation(summary = "Every version of one item, oldest first")
    List<BusinessItem> versions(@PathVariable String code) {
        return notifications.versions(code);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Administrators: a new item, or the next version of an existing one (never an edit)")
    BusinessItem addVersion(@RequestBody NewItemVersion command, @AuthenticationPrincipal StaffPrincipal principal) {
        return notifications.addVersion(command, Viewer.of(principal));
    }

    @GetMapping("/suspension-window")
    @Operation(summary = "R-SUSPEND-1: the season a suspension applied for today is for, and its last day to apply")
    SuspensionAnswer suspensionWindow() {
        SuspensionWindow w = notifications.suspensionWindow();
        return new SuspensionAnswer(w.season().name(), w.season().heatingStart(), w.lastDay(),
                w.missed() == null ? null : w.missed().name(), w.sentence());
    }

    @PostMapping("/notices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a first notice: every missing material at once (R-NOTIFY-2/3)")
    NoticeResponse issue(@RequestBody NewNotice command, @AuthenticationPrincipal StaffPrincipal principal) {
        return NoticeResponse.of(notifications.issue(command, Viewer.of(principal)), zone);
    }

    @GetMapping("/notices/{number}")
    NoticeResponse notice(@PathVariable String number, @AuthenticationPrincipal StaffPrincipal principal) {
        return NoticeResponse.of(notifications.notice(number, Viewer.of(principal)), zone);
    }

    @GetMapping(value = "/notices/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The notice as a printable Chinese PDF")
    ResponseEntity<byte[]> noticePdf(@PathVariable String number, @AuthenticationPrincipal StaffPrincipal principal) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(notifications.notice(number, Viewer.of(principal))));
    }

    @PostMapping("/notices/{number}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A follow-up notice listing only the new items, each with its reason (R-NOTIFY-4)")
    NoticeResponse followUp(@PathVariable String number, @RequestBody FollowUp command,
                            @AuthenticationPrincipal StaffPrincipal principal) {
        return NoticeResponse.of(notifications.followUp(number, command, Viewer.of(principal)), zone);
    }

    @GetMapping("/customers/{customerId}/notices")
    @Operation(summary = "Every notice one customer was given, newest first")
    List<NoticeResponse> customerNotices(@PathVariable long customerId,
                                         @AuthenticationPrincipal StaffPrincipal principal) {
        return notifications.customerNotices(customerId, Viewer.of(principal)).stream()
                .map(n -> NoticeResponse.of(n, zone)).toList();
    }

    @GetMapping("/complaints")
    List<ComplaintResponse> complaints(@RequestParam(required = false) ComplaintStatus status) {
        return notifications.complaints(status, 200).stream().map(c -> ComplaintResponse.of(c, zone)).toList();
    }

    @PostMapping("/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a complaint that one-time notification was not given (R-NOTIFY-6)")
    ComplaintResponse recordComplaint(@RequestBody NewComplaint command,
                                      @AuthenticationPrincipal StaffPrincipal principal) {
        return ComplaintResponse.of(notifications.recordComplaint(command, Viewer.of(principal)), zone);
    }

    @PostMapping("/complaints/{id}/confirm")
    @Operation(summary = "Confirm a complaint: publishes NonNotificationConfirmed for the assessment (R-NOTIFY-6)")
    ComplaintResponse confirm(@PathVariable long id, @RequestBody Decision decision,
                              @AuthenticationPrincipal StaffPrincipal principal) {
        return ComplaintResponse.of(notifications.confirmComplaint(id, decision.finding(), Viewer.of(principal)), zone);
    }

    @PostMapping("/complaints/{id}/reject")
    ComplaintResponse reject(@PathVariable long id, @RequestBody Decision decision,
                             @AuthenticationPrincipal StaffPrincipal principal) {
        return ComplaintResponse.of(notifications.rejectComplaint(id, decision.finding(), Viewer.of(principal)), zone);
    }

    record Decision(String finding) {
    }

    record SuspensionAnswer(String season, LocalDate heatingStart, LocalDate lastDayToApply, String missedSeason,
                            String text) {
    }

    record NoticeResponse(String number, String itemCode, String itemName, int itemVersion, Long customerId,
                          String customerLabel, String applicant, Channel channel, String followUpOf, boolean complete,
                          List<NoticeLine> lines, List<NoticeLine> outstanding, List<NoticeLine> newItems,
                          String suspensionNote, String issuedBy, OffsetDateTime issuedAt, List<String> followUps) {

        static NoticeResponse of(Notice n, ZoneId zone) {
            return new NoticeResponse(n.number(), n.item().code(), n.item().name(), n.item().version(), n.customerId(),
                    n.customerLabel(), n.applicant(), n.channel(), n.followUpOf(), n.sheet().complete(),
                    n.sheet().lines(), n.sheet().outstanding(), n.followUpOf() == null ? List.of() : n.sheet().newItems(),
                    n.suspensionNote(), n.issuedBy(), n.issuedAt().atZone(zone).toOffsetDateTime(),
                    n.followUps());
        }
    }

    record ComplaintResponse(long id, Long customerId, String noticeNumber, String itemCode, String staffUsername,
                             String unit, String description, String receivedBy, OffsetDateTime receivedAt,
                             ComplaintStatus status, String decidedBy, OffsetDateTime decidedAt, String finding) {

        static ComplaintResponse of(Complaint c, ZoneId zone) {
            return new ComplaintResponse(c.id(), c.customerId(), c.noticeNumber(), c.itemCode(), c.staffUsername(),
                    c.unit(), c.description(), c.receivedBy(), c.receivedAt().atZone(zone).toOffsetDateTime(),
                    c.status(), c.decidedBy(),
                    c.decidedAt() == null ? null : c.decidedAt().atZone(zone).toOffsetDateTime(), c.finding());
        }
    }
}
