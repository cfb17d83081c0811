package cn.heatdesk.notification.internal.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.notification.Channel;
import cn.heatdesk.notification.FollowUp;
import cn.heatdesk.notification.NewNotice;
import cn.heatdesk.notification.Notice;
import cn.heatdesk.notification.OneTimeNotifications;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.notification.domain.NoticeSheet;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * 一次性告知 at the counter, on the phone or at the door (R-NOTIFY-2..5): pick the item (and the customer, when
 * known), tick what was brought, see every missing material at once, record the numbered notice; then the notice
 * itself, printable and as PDF, with the follow-up for a later visit (R-NOTIFY-4). The live check of the ticked
 * materials is an htmx fragment; without JavaScript the form simply posts.
 */
@Controller
@RequestMapping("/notify")
class NotifyPageController {

    static final String COUNTER = "notify/counter";
    static final String NOTICE = "notify/notice";

    private final OneTimeNotifications notifications;
    private final CustomerFiles customers;
    private final NoticePdf pdf;
    private final ZoneId zone;

    NotifyPageController(OneTimeNotifications notifications, CustomerFiles customers, NoticePdf pdf,
                         @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.notifications = notifications;
        this.customers = customers;
        this.pdf = pdf;
        this.zone = zone;
    }

    @GetMapping
    String counter(@RequestParam(required = false) String item, @RequestParam(required = false) Long customer,
                   @RequestParam(required = false) String q, @AuthenticationPrincipal StaffPrincipal principal,
                   Model model) {
        StaffMember viewer = Viewer.of(principal);
        counterModel(item, customer, q, List.of(), viewer, model);
        return COUNTER;
    }

    /** The live check (htmx): the sheet the ticked materials would give, with every missing one listed. */
    @PostMapping("/preview")
    String preview(@RequestParam String item, @RequestParam(required = false) List<String> brought, Model model) {
        NoticeSheet sheet = notifications.preview(item, brought == null ? List.of() : brought);
        model.addAttribute("preview", sheet);
        return COUNTER + " :: preview";
    }

    @PostMapping("/notices")
    String issue(@RequestParam(required = false) String item, @RequestParam(required = false) Long customer,
                 @RequestParam(required = false) String applicant, @RequestParam(required = false) Channel channel,
                 @RequestParam(required = false) List<String> brought,
                 @AuthenticationPrincipal StaffPrincipal principal, Model model, RedirectAttributes redirect) {
        StaffMember viewer = Viewer.of(principal);
        List<String> given = brought == null ? List.of() : brought;
        try {
            Notice notice = notifications.issue(new NewNotice(item, customer, applicant, channel, given), viewer);
            redirect.addFlashAttribute("issued", true);
            return "redirect:/notify/notices/" + notice.number();
        } catch (InvalidInputException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("applicant", applicant);
            counterModel(item, customer, null, given, viewer, model);
            return COUNTER;
        }
    }

    @GetMapping("/notices/{number:GZ\\d+}")
    String notice(@PathVariable String number, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = Viewer.of(principal);
        noticeModel(notifications.notice(number, viewer), model);
        return NOTICE;
    }

    @GetMapping("/notices/{number:GZ\\d+}.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable String number, @AuthenticationPrincipal StaffPrincipal principal) {
        Notice notice = notifications.notice(number, Viewer.of(principal));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(notice.number() + ".pdf").build().toString())
                .body(pdf.render(notice));
    }

    /**
     * R-NOTIFY-4: the later visit. Each material of the item in force now has a state (not brought, brought now,
     * not as required with a reason); up to two further materials the applicant's circumstances call for.
     */
    @PostMapping("/notices/{number:GZ\\d+}/follow-up")
    String followUp(@PathVariable String number, @RequestParam(required = false) List<String> material,
                    @RequestParam(required = false) List<String> state, @RequestParam(required = false) List<String> reason,
                    @RequestParam(required = false) List<String> extraMaterial,
                    @RequestParam(required = false) List<String> extraReason,
                    @RequestParam(required = false) Channel channel, @AuthenticationPrincipal StaffPrincipal principal,
                    Model model, RedirectAttributes redirect) {
        StaffMember viewer = Viewer.of(principal);
        List<String> brought = new ArrayList<>();
        Map<String, String> wrong = new LinkedHashMap<>();
        List<String> materials = material == null ? List.of() : material;
        for (int i = 0; i < materials.size(); i++) {
            String s = at(state, i);
            if ("BROUGHT".equals(s)) {
                brought.add(materials.get(i));
            } else if ("NOT_CONFORMING".equals(s)) {
                wrong.put(materials.get(i), at(reason, i) == null ? "" : at(reason, i));
            }
        }
        Map<String, String> extra = new LinkedHashMap<>();
        List<String> extras = extraMaterial == null ? List.of() : extraMaterial;
        for (int i = 0; i < extras.size(); i++) {
            if (extras.get(i) != null && !extras.get(i).isBlank()) {
                extra.put(extras.get(i), at(extraReason, i) == null ? "" : at(extraReason, i));
            }
        }
        try {
            Notice followUp = notifications.followUp(number, new FollowUp(brought, wrong, extra, channel), viewer);
            redirect.addFlashAttribute("issued", true);
            return "redirect:/notify/notices/" + followUp.number();
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("followUpError", refused.getMessage());
            noticeModel(notifications.notice(number, viewer), model);
            return NOTICE;
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private void counterModel(String item, Long customer, String q, List<String> brought, StaffMember viewer,
                              Model model) {
        List<BusinessItem> catalog = notifications.catalog();
        model.addAttribute("catalog", catalog);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("defaultChannel", viewer.role().name().equals("HOTLINE_AGENT") ? Channel.PHONE
                : viewer.role().name().equals("BUTLER") ? Channel.VISIT : Channel.COUNTER);
        model.addAttribute("recent", notifications.issuedBy(viewer, 10).stream().map(n -> NoticeRow.of(n, zone))
                .toList());
        if (customer != null) {
            CustomerFile file = customers.file(customer, viewer);
            model.addAttribute("customer", file);
        } else if (q != null && !q.isBlank()) {
            model.addAttribute("q", q.strip());
            model.addAttribute("matches", customers.search(q.strip(), viewer, 8));
        }
        if (item != null && !item.isBlank()) {
            BusinessItem chosen = notifications.item(item);
            model.addAttribute("item", chosen);
            model.addAttribute("brought", brought);
            model.addAttribute("preview", notifications.preview(chosen.code(), brought));
            if (chosen.isSuspension()) {
                model.addAttribute("suspension", notifications.suspensionWindow().sentence());
            }
        }
    }

    private void noticeModel(Notice notice, Model model) {
        model.addAttribute("notice", notice);
        model.addAttribute("issuedAt", Viewer.time(notice.issuedAt(), zone));
        model.addAttribute("channels", Channel.values());
        boolean open = notice.followUps().isEmpty() && !notice.sheet().complete();
        model.addAttribute("mayFollowUp", open);
        if (open) {
            BusinessItem current = notifications.item(notice.item().code());
            model.addAttribute("current", current);
            model.addAttribute("requirementsChanged", current.version() != notice.item().version());
            List<String> broughtBefore = notice.sheet().brought().stream().map(l -> l.material()).toList();
            model.addAttribute("broughtBefore", broughtBefore);
        }
    }

    /** A line of the clerk's recent notices. */
    record NoticeRow(String number, String itemName, String who, String at, boolean complete, boolean followUp) {

        static NoticeRow of(Notice n, ZoneId zone) {
            String who = n.customerLabel() != null ? n.customerLabel() : n.applicant();
            return new NoticeRow(n.number(), n.item().name(), who, Viewer.time(n.issuedAt(), zone),
                    n.sheet().complete(), n.followUpOf() != null);
        }
    }
}
