package cn.heatdesk.policy.internal.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.PolicyAdministration;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.PolicyVersionView;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.SeasonCalendar;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.policy.domain.SeasonOverride;
import cn.heatdesk.policy.internal.web.AdministrationForms.BoundaryVersionForm;
import cn.heatdesk.policy.internal.web.AdministrationForms.DeadlineVersionForm;
import cn.heatdesk.policy.internal.web.AdministrationForms.FeeVersionForm;
import cn.heatdesk.policy.internal.web.AdministrationForms.SeasonOverrideForm;

/**
 * 政策管理 (administrators only; the web security chain guards {@code /admin/**}): the versions of each
 * policy family with the one in force today, forms to add a version (R-FEE-4, R-BOUND-4) and
 * emergency-dispatch overrides of a season's dates (R-SEASON-3). A saved change redirects with a
 * notice; a refused one shows the page again with the message beside the field and the input kept.
 */
@Controller
@RequestMapping("/admin/policies")
class PolicyAdministrationController {

    static final String VIEW = "policy/admin";

    private final PolicyAdministration administration;
    private final PolicyEngine engine;
    private final VersionRows versionRows;

    PolicyAdministrationController(PolicyAdministration administration, PolicyEngine engine, VersionRows versionRows) {
        this.administration = administration;
        this.engine = engine;
        this.versionRows = versionRows;
    }

    @GetMapping
    String policies(Locale locale, Model model) {
        return page(locale, model);
    }

    /**
     * R-SEASON-3: a changed season year refills the override form with that season's published dates,
     * keeping what else was typed; htmx gets the form alone.
     */
    @GetMapping("/season-override-form")
    String seasonOverrideForm(@ModelAttribute("typedOverride") SeasonOverrideForm typed, BindingResult binding,
                              @RequestHeader(value = PolicyCalculatorController.HX_REQUEST, required = false) String htmx,
                              Locale locale, Model model) {
        SeasonOverrideForm refilled = typed.withPublishedDates();
        model.addAttribute("overrideForm", refilled);
        if (htmx == null) {
            return page(locale, model);
        }
        model.addAttribute("seasonInForce", seasonInForce(engine.calendar(), refilled));
        return VIEW + " :: override-form";
    }

    /** A reloaded form URL goes back to the page rather than to a 405 page. */
    @GetMapping({ "/fee", "/boundary", "/deadlines", "/season-overrides" })
    String backToPolicies() {
        return "redirect:/admin/policies";
    }

    @PostMapping("/fee")
    String addFee(@ModelAttribute("feeForm") FeeVersionForm form, BindingResult binding, Principal principal,
                  Locale locale, Model model, RedirectAttributes redirect) {
        return save("fee", binding, locale, model, redirect,
                () -> versionSaved(administration.addFeeVersion(form.command(), principal.getName())));
    }

    @PostMapping("/boundary")
    String addBoundary(@ModelAttribute("boundaryForm") BoundaryVersionForm form, BindingResult binding,
                       Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        return save("boundary", binding, locale, model, redirect,
                () -> versionSaved(administration.addBoundaryVersion(form.command(), principal.getName())));
    }

    @PostMapping("/deadlines")
    String addDeadlines(@ModelAttribute("deadlineForm") DeadlineVersionForm form, BindingResult binding,
                        Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        return save("deadline", binding, locale, model, redirect,
                () -> versionSaved(administration.addDeadlineVersion(form.command(), principal.getName())));
    }

    @PostMapping("/season-overrides")
    String addSeasonOverride(@ModelAttribute("overrideForm") SeasonOverrideForm form, BindingResult binding,
                             Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        return save("override", binding, locale, model, redirect, () -> {
            SeasonOverride saved = administration.addSeasonOverride(form.command(), principal.getName());
            return new SavedNotice("admin.saved.override", List.of(saved.dates().name(), saved.document()));
        });
    }

    /**
     * Saves and redirects to the family's section, or shows the page again with the error for
     * {@code form} (model attribute {@code <form>Error}), the user's input kept.
     */
    private String save(String form, BindingResult binding, Locale locale, Model model, RedirectAttributes redirect,
                        Supplier<SavedNotice> change) {
        FieldError badFormat = binding.getFieldError();
        CardError error;
        if (badFormat != null) {
            error = CardError.badFormat(badFormat.getField());
        }
        else {
            try {
                redirect.addFlashAttribute("saved", change.get().in(form));
                return "redirect:/admin/policies#" + form + "-section";
            }
            catch (InvalidInputException e) {
                error = CardError.of(e);
            }
            catch (ConflictException e) {
                error = CardError.conflict("effectiveFrom", e.getMessage());
            }
        }
        model.addAttribute(form + "Error", error);
        return page(locale, model);
    }

    private static SavedNotice versionSaved(PolicyVersionView v) {
        return new SavedNotice("admin.saved.version", List.of(v.family().name(), v.document(),
                v.effectiveFrom().toString(), v.effectiveTo() == null ? "" : v.effectiveTo().toString()));
    }

    private String page(Locale locale, Model model) {
        SeasonCalendar calendar = engine.calendar();
        LocalDate today = engine.now().atZone(engine.zone()).toLocalDate();
        List<PolicyVersionView> fees = administration.versions(PolicyFamily.CONNECTION_FEE);
        List<PolicyVersionView> boundaries = administration.versions(PolicyFamily.PROPERTY_BOUNDARY);
        List<PolicyVersionView> deadlines = administration.versions(PolicyFamily.SERVICE_DEADLINES);
        model.addAttribute("today", today);
        model.addAttribute("zone", engine.zone());
        model.addAttribute("feeRows", versionRows.of(fees, today, locale));
        model.addAttribute("boundaryRows", versionRows.of(boundaries, today, locale));
        model.addAttribute("deadlineRows", versionRows.of(deadlines, today, locale));
        putIfAbsent(model, "feeForm", FeeVersionForm.startingFrom(newest(fees)));
        putIfAbsent(model, "boundaryForm", BoundaryVersionForm.startingFrom(newest(boundaries)));
        putIfAbsent(model, "deadlineForm", DeadlineVersionForm.startingFrom(newest(deadlines)));
        putIfAbsent(model, "overrideForm",
                SeasonOverrideForm.defaultsOf(calendar.phaseAt(engine.now()).dates().startYear()));
        model.addAttribute("seasonInForce", seasonInForce(calendar, (SeasonOverrideForm) model.getAttribute("overrideForm")));
        model.addAttribute("overrides", administration.seasonOverrides().stream()
                .sorted(Comparator.comparing(SeasonOverride::enteredAt).thenComparing(SeasonOverride::id).reversed())
                .map(o -> new OverrideRow(o, calendar.overrideOf(o.seasonStartYear())
                        .map(current -> current.id() == o.id()).orElse(false)))
                .toList());
        model.addAttribute("residentialPath", CustomerKind.RESIDENTIAL.path());
        model.addAttribute("institutionalPath", CustomerKind.INSTITUTIONAL.path());
        return VIEW;
    }

    private static SeasonDates seasonInForce(SeasonCalendar calendar, SeasonOverrideForm form) {
        return form.hasPlausibleYear() ? calendar.season(form.seasonStartYear()) : null;
    }

    private static PolicyVersionView newest(List<PolicyVersionView> versions) {
        return versions.stream().max(Comparator.comparing(PolicyVersionView::effectiveFrom)).orElse(null);
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
