package cn.heatdesk.customers.internal.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.PersonalField;
import cn.heatdesk.customers.internal.web.CustomerForms.StatusForm;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * 用户档案 (R-BUTLER-1): one customer's file. Personal data is masked; a role that may see a number asks
 * for it and the server logs the view (R-SYS-2). A heating status change is kept as history with its
 * reason. A customer outside the viewer's scope is answered exactly like one that does not exist: 404.
 */
@Controller
@RequestMapping("/customers/{id:\\d+}")
class CustomerFileController {

    static final String VIEW = "customers/file";

    private final CustomerFiles files;

    CustomerFileController(CustomerFiles files) {
        this.files = files;
    }

    @GetMapping
    String file(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = Viewer.of(principal);
        fullPage(files.file(id, viewer), viewer, model);
        return VIEW;
    }

    /** Shows one personal field in full, in place; CustomerFiles refuses roles that may not and logs the rest. */
    @PostMapping("/reveal")
    String reveal(@PathVariable long id, @RequestParam PersonalField field,
                  @RequestParam(required = false) String purpose, @AuthenticationPrincipal StaffPrincipal principal,
                  @RequestHeader(value = Viewer.HX_REQUEST, required = false) String htmx, Model model) {
        StaffMember viewer = Viewer.of(principal);
        String value = files.reveal(id, field, purpose, viewer);
        if (htmx != null) {
            model.addAttribute("row", new PersonalRow(field, null, true, value == null ? "" : value));
            return VIEW + " :: revealed";
        }
        model.addAttribute("revealed", Map.of(field, value == null ? "" : value));
        fullPage(files.file(id, viewer), viewer, model);
        return VIEW;
    }

    /** A refused change keeps the form as typed, with the message beside the field. */
    @PostMapping("/status")
    String changeStatus(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, BindingResult binding,
                        @AuthenticationPrincipal StaffPrincipal principal,
                        @RequestHeader(value = Viewer.HX_REQUEST, required = false) String htmx, Model model,
                        RedirectAttributes redirect) {
        StaffMember viewer = Viewer.of(principal);
        CustomerFile file;
        if (binding.hasFieldErrors()) {
            file = files.file(id, viewer);
            model.addAttribute("statusError", new FormError(binding.getFieldError().getField(), null));
        } else {
            try {
                file = files.changeStatus(id, form.toRequest(), viewer);
            } catch (InvalidInputException refused) {
                file = files.file(id, viewer);
                model.addAttribute("statusError", new FormError(refused.field(), refused.getMessage()));
            }
        }
        boolean saved = !model.containsAttribute("statusError");
        if (saved && htmx == null) {
            // Post/redirect/get: reloading the page must not post the change again.
            redirect.addFlashAttribute("statusSaved", true);
            return "redirect:/customers/" + id + "#status-card";
        }
        if (saved) {
            model.addAttribute("statusSaved", true);
            model.addAttribute("statusForm", emptyStatusForm());
        }
        if (htmx != null) {
            statusModel(file, viewer, model);
            return VIEW + " :: status-update";
        }
        fullPage(file, viewer, model);
        return VIEW;
    }

    /** One line of the contact panel: the masked value, whether this viewer may ask for it, and the full value once asked. */
    record PersonalRow(PersonalField field, String masked, boolean revealable, String revealed) {
    }

    @SuppressWarnings("unchecked")
    private void fullPage(CustomerFile file, StaffMember viewer, Model model) {
        statusModel(file, viewer, model);
        Map<PersonalField, String> revealed = (Map<PersonalField, String>) model.getAttribute("revealed");
        Map<PersonalField, String> masked = new EnumMap<>(PersonalField.class);
        masked.put(PersonalField.PHONE, file.maskedPhone());
        masked.put(PersonalField.PHONE2, file.maskedPhone2());
        masked.put(PersonalField.ID_NUMBER, file.maskedIdNumber());
        List<PersonalRow> rows = Arrays.stream(PersonalField.values())
                .filter(f -> f == PersonalField.PHONE || masked.get(f) != null)
                .map(f -> new PersonalRow(f, masked.get(f),
                        masked.get(f) != null && CustomerScope.mayReveal(viewer.role(), f),
                        revealed == null ? null : revealed.get(f)))
                .toList();
        model.addAttribute("personalRows", rows);
        model.addAttribute("mayReveal", Arrays.stream(PersonalField.values())
                .anyMatch(f -> CustomerScope.mayReveal(viewer.role(), f)));
        model.addAttribute("sharedBasis", sharedBasis(file.boundaries()));
        model.addAttribute("sharedProblem", sharedProblem(file.boundaries()));
    }

    private void statusModel(CustomerFile file, StaffMember viewer, Model model) {
        int current = files.currentSeason();
        model.addAttribute("file", file);
        model.addAttribute("currentSeason", current);
        model.addAttribute("currentSeasonName", SeasonDates.nameOf(current));
        model.addAttribute("currentStatus", file.statuses().stream()
                .filter(s -> s.seasonStartYear() == current).map(CustomerFile.SeasonStatus::status).findFirst()
                .orElse(null));
        model.addAttribute("mayChangeStatus", CustomerScope.mayChangeStatus(viewer.role()));
        // This season and the next: 报停 for next winter is taken in autumn (R-SUSPEND-1).
        model.addAttribute("statusSeasons", SeasonChoice.of(List.of(current, current + 1)));
        model.addAttribute("heatingStatuses", HeatingStatus.values());
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", emptyStatusForm());
        }
    }

    /** A refused field and the service's message, or null when the field could not be read at all. */
    record FormError(String field, String message) {
    }

    /**
     * The document every point of the path was decided by, when it is one and the same (the usual case):
     * then the 谁来修 table names it once instead of on every row.
     */
    static String sharedBasis(List<CustomerFile.BoundaryAnswer> answers) {
        List<String> bases = answers.stream()
                .map(a -> a.party() == null ? null : (a.document() + (a.article() == null ? "" : " " + a.article())))
                .distinct().toList();
        return bases.size() == 1 ? bases.get(0) : null;
    }

    /** R-BOUND-4's message when no point of the path has an answer for the same reason: said once, not per row. */
    static String sharedProblem(List<CustomerFile.BoundaryAnswer> answers) {
        List<String> problems = answers.stream().map(CustomerFile.BoundaryAnswer::problem).distinct().toList();
        return problems.size() == 1 ? problems.get(0) : null;
    }

    private static StatusForm emptyStatusForm() {
        return new StatusForm(null, null, null);
    }
}
