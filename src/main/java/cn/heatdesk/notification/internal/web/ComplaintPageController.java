package cn.heatdesk.notification.internal.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
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
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.notification.ComplaintStatus;
import cn.heatdesk.notification.NewComplaint;
import cn.heatdesk.notification.OneTimeNotifications;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * R-NOTIFY-6: complaints that one-time notification was not given — recorded by anyone who takes them, confirmed or
 * rejected by supervision (监督/主管, 市场客服部, administrators). A confirmation becomes an assessment record.
 */
@Controller
@RequestMapping("/notify/complaints")
class ComplaintPageController {

    static final String VIEW = "notify/complaints";

    private final OneTimeNotifications notifications;
    private final ZoneId zone;

    ComplaintPageController(OneTimeNotifications notifications,
                            @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
    }

    @GetMapping
    String complaints(@RequestParam(required = false) String notice, @AuthenticationPrincipal StaffPrincipal principal,
                      Model model) {
        StaffMember viewer = Viewer.of(principal);
        model.addAttribute("form", new NewComplaint(notice, null, null, null, null, null));
        page(viewer, model);
        return VIEW;
    }

    @PostMapping
    String record(@RequestParam(required = false) String notice, @RequestParam(required = false) Long customer,
                  @RequestParam(required = false) String item, @RequestParam(required = false) String staff,
                  @RequestParam(required = false) String unit, @RequestParam(required = false) String description,
                  @AuthenticationPrincipal StaffPrincipal principal, Model model, RedirectAttributes redirect) {
        StaffMember viewer = Viewer.of(principal);
        NewComplaint form = new NewComplaint(notice, customer, item, staff, unit, description);
        try {
            notifications.recordComplaint(form, viewer);
            redirect.addFlashAttribute("saved", "recorded");
            return "redirect:/notify/complaints";
        } catch (InvalidInputException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("form", form);
            page(viewer, model);
            return VIEW;
        }
    }

    @PostMapping("/{id:\\d+}/{decision:confirm|reject}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String finding,
                  @AuthenticationPrincipal StaffPrincipal principal, Model model, RedirectAttributes redirect) {
        StaffMember viewer = Viewer.of(principal);
        try {
            if (decision.equals("confirm")) {
                notifications.confirmComplaint(id, finding, viewer);
            } else {
                notifications.rejectComplaint(id, finding, viewer);
            }
            redirect.addFlashAttribute("saved", decision);
            return "redirect:/notify/complaints";
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("decideError", refused.getMessage());
            model.addAttribute("decideId", id);
            model.addAttribute("form", new NewComplaint(null, null, null, null, null, null));
            page(viewer, model);
            return VIEW;
        }
    }

    private void page(StaffMember viewer, Model model) {
        model.addAttribute("open", notifications.complaints(ComplaintStatus.OPEN, 100).stream()
                .map(c -> Row.of(c, zone)).toList());
        model.addAttribute("decided", notifications.complaints(null, 50).stream()
                .filter(c -> c.status() != ComplaintStatus.OPEN).map(c -> Row.of(c, zone)).toList());
        model.addAttribute("catalog", notifications.catalog());
        model.addAttribute("mayDecide", OneTimeNotifications.COMPLAINT_DECIDERS.contains(viewer.role()));
    }

    record Row(long id, String noticeNumber, String itemName, String staff, String unit, String description,
               String receivedBy, String receivedAt, ComplaintStatus status, String decidedBy, String decidedAt,
               String finding) {

        static Row of(cn.heatdesk.notification.Complaint c, ZoneId zone) {
            return new Row(c.id(), c.noticeNumber(), c.itemName(), c.staffUsername(), c.unit(), c.description(),
                    c.receivedBy(), Viewer.time(c.receivedAt(), zone), c.status(), c.decidedBy(),
                    Viewer.time(c.decidedAt(), zone), c.finding());
        }
    }
}
