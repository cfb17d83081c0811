package cn.heatdesk.policy.internal.web;

import java.security.Principal;
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
    private final AdministrationPageModel pageModel;

    PolicyAdministrationController(PolicyAdministration administration, PolicyEngine engine,
                                   AdministrationPageModel pageModel) {
        this.administration = administration;
        this.engine = engine;
        this.pageModel = pageModel;
    }

    @GetMapping
    String policies(Locale locale, Model model) {
        return page(locale, model);
    }

    /**
     * R-SEASON-3: a changed season year refills the override form with that season's published dates,
     * keeping what else was typed; htmx gets the date fields alone.
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
        model.addAttribute("seasonInForce", pageModel.seasonInForce(engine.calendar(), refilled));
        return VIEW + " :: override-dates";
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
        pageModel.fill(model, locale);
        return VIEW;
    }
}
