package cn.heatdesk.notification.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.notification.NewItemVersion;
import cn.heatdesk.notification.OneTimeNotifications;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.notification.domain.ItemField;
import cn.heatdesk.notification.domain.Referral;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * R-NOTIFY-1: administrators keep the catalog of business items. A change is a new version from a date, never an
 * edit, so every notice keeps reading as it was given; lists are typed one per line, referrals as
 * 事项｜承办单位｜地点 (R-NOTIFY-5).
 */
@Controller
@RequestMapping("/admin/notification-items")
class ItemAdministrationController {

    static final String LIST = "notify/admin-items";
    static final String ITEM = "notify/admin-item";

    private final OneTimeNotifications notifications;

    ItemAdministrationController(OneTimeNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String items(Model model) {
        model.addAttribute("catalog", notifications.catalog());
        return LIST;
    }

    @GetMapping("/new")
    String newItem(Model model) {
        model.addAttribute("form", ItemForm.blank());
        model.addAttribute("fields", ItemField.values());
        model.addAttribute("versions", List.of());
        return ITEM;
    }

    @GetMapping("/{code:[A-Z][A-Z0-9_]*}")
    String item(@PathVariable String code, Model model) {
        List<BusinessItem> versions = notifications.versions(code);
        model.addAttribute("form", ItemForm.of(versions.get(versions.size() - 1)));
        model.addAttribute("fields", ItemField.values());
        model.addAttribute("versions", newestFirst(versions));
        return ITEM;
    }

    @PostMapping
    String addVersion(@RequestParam(required = false) String code,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                      @RequestParam(required = false) String name, @RequestParam(required = false) String basis,
                      @RequestParam(required = false) String timeLimit, @RequestParam(required = false) String procedure,
                      @RequestParam(required = false) String materials, @RequestParam(required = false) String fees,
                      @RequestParam(required = false) String refusalReasons,
                      @RequestParam(required = false) String referrals,
                      @RequestParam(required = false) Set<ItemField> sample,
                      @RequestParam(required = false) String changeNote,
                      @AuthenticationPrincipal StaffPrincipal principal, Model model, RedirectAttributes redirect) {
        ItemForm form = new ItemForm(code, effectiveFrom, name, basis, timeLimit, procedure, materials, fees,
                refusalReasons, referrals, sample == null ? Set.of() : sample, changeNote, false);
        try {
            BusinessItem saved = notifications.addVersion(form.toCommand(), Viewer.of(principal));
            redirect.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/admin/notification-items/" + saved.code();
        } catch (InvalidInputException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("form", form);
            model.addAttribute("fields", ItemField.values());
            boolean exists = notifications.catalog().stream().anyMatch(i -> i.code().equals(code));
            model.addAttribute("versions", exists ? newestFirst(notifications.versions(code)) : List.of());
            return ITEM;
        }
    }

    private static List<BusinessItem> newestFirst(List<BusinessItem> versions) {
        List<BusinessItem> copy = new ArrayList<>(versions);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The form as typed: lists one per line, referrals as 事项｜承办单位｜地点. */
    record ItemForm(String code, LocalDate effectiveFrom, String name, String basis, String timeLimit,
                    String procedure, String materials, String fees, String refusalReasons, String referrals,
                    Set<ItemField> sample, String changeNote, boolean existing) {

        static ItemForm blank() {
            return new ItemForm("", null, "", "", "", "", "", "", "", "", EnumSet.noneOf(ItemField.class), "", false);
        }

        static ItemForm of(BusinessItem item) {
            return new ItemForm(item.code(), null, item.name(), item.basis(), item.timeLimit(), item.procedure(),
                    String.join("\n", item.materials()), item.fees(), String.join("\n", item.refusalReasons()),
                    String.join("\n", item.referrals().stream()
                            .map(r -> r.matter() + "｜" + r.body() + "｜" + r.place()).toList()),
                    item.sampleFields(), "", true);
        }

        NewItemVersion toCommand() {
            List<Referral> parsed = new ArrayList<>();
            for (String line : lines(referrals)) {
                String[] parts = line.split("[｜|]");
                if (parts.length != 3) {
                    throw new InvalidInputException("INVALID_REFERRAL", "referrals",
                            "其他单位承办的事项每行写成“事项｜承办单位｜地点”：" + line);
                }
                try {
                    parsed.add(new Referral(parts[0], parts[1], parts[2]));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("INVALID_REFERRAL", "referrals", e.getMessage() + "：" + line);
                }
            }
            return new NewItemVersion(code, effectiveFrom, name, basis, timeLimit, procedure, lines(materials), fees,
                    lines(refusalReasons), parsed, sample, changeNote);
        }

        public boolean isSample(ItemField field) {
            return sample != null && sample.contains(field);
        }

        private static List<String> lines(String text) {
            return text == null ? List.of()
                    : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
