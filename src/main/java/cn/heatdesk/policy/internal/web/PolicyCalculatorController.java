package cn.heatdesk.policy.internal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.heatdesk.policy.PolicyAdministration;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.PolicyVersionView;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.Deadline;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.UseType;
import cn.heatdesk.policy.internal.web.CalculatorForms.DeadlineForm;
import cn.heatdesk.policy.internal.web.CalculatorForms.FeeForm;
import cn.heatdesk.policy.internal.web.CalculatorForms.HeatingRateForm;
import cn.heatdesk.policy.internal.web.CalculatorForms.ResponsibilityForm;
import cn.heatdesk.policy.internal.web.CalculatorForms.SeasonForm;
import cn.heatdesk.policy.internal.web.CalculatorForms.TemperatureForm;

/**
 * 政策计算器: six cards asking the policy engine the seed's questions. Each card posts on its own; an
 * htmx request gets back only that card's result box, a plain form post the whole page with the
 * result in place, so the page works without JavaScript too.
 */
@Controller
@RequestMapping("/policy/calculator")
class PolicyCalculatorController {

    static final String VIEW = "policy/calculator";
    static final String HX_REQUEST = "HX-Request";

    private final PolicyEngine engine;
    private final PolicyAdministration administration;

    PolicyCalculatorController(PolicyEngine engine, PolicyAdministration administration) {
        this.engine = engine;
        this.administration = administration;
    }

    @GetMapping
    String calculator(Model model) {
        return fullPage(model);
    }

    /** A bookmarked or reloaded answer URL goes back to the calculator rather than to a 405 page. */
    @GetMapping({ "/season", "/fee", "/responsibility", "/heating-rate", "/temperature", "/deadline" })
    String backToCalculator() {
        return "redirect:/policy/calculator";
    }

    /** R-SEASON-4. */
    @PostMapping("/season")
    String season(@ModelAttribute("seasonForm") SeasonForm form, BindingResult binding,
                  @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        model.addAttribute("seasonResult", CardResult.of(binding,
                () -> engine.seasonAt(CalculatorForms.instant(form.at(), "at", engine.zone()))));
        return respond(htmx, "season-result", model);
    }

    /** R-FEE-1..3, R-BOUND-4. */
    @PostMapping("/fee")
    String fee(@ModelAttribute("feeForm") FeeForm form, BindingResult binding,
               @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        model.addAttribute("feeResult", CardResult.of(binding,
                () -> engine.connectionFee(form.useType(), form.areaM2(), form.contractDate())));
        return respond(htmx, "fee-result", model);
    }

    /** R-BOUND-1..4. */
    @PostMapping("/responsibility")
    String responsibility(@ModelAttribute("respForm") ResponsibilityForm form, BindingResult binding,
                          @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        model.addAttribute("respResult", CardResult.of(binding,
                () -> engine.responsibility(form.customerKind(), form.location(), form.contractDate())));
        return respond(htmx, "resp-result", model);
    }

    /** The location choices follow the customer kind: only the facilities on its heat path. */
    @GetMapping("/locations")
    String locations(@ModelAttribute("respForm") ResponsibilityForm form, BindingResult binding,
                     @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        return respond(htmx, "resp-location", model);
    }

    /** R-RATE-1..4. */
    @PostMapping("/heating-rate")
    String heatingRate(@ModelAttribute("rateForm") HeatingRateForm form, BindingResult binding,
                       @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        model.addAttribute("rateResult", CardResult.of(binding,
                () -> engine.heatingRate(form.communityHouseholds(), form.communityInService(), form.unitHouseholds(),
                        form.unitInService(), form.article22ConditionsMet(), form.agreementSigned())));
        return respond(htmx, "rate-result", model);
    }

    /** R-TEMP-1..4. */
    @PostMapping("/temperature")
    String temperature(@ModelAttribute("tempForm") TemperatureForm form, BindingResult binding,
                       @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        model.addAttribute("tempResult", CardResult.of(binding,
                () -> engine.judgeTemperature(CalculatorForms.instant(form.at(), "at", engine.zone()), form.roomType(),
                        form.celsius(), form.outdoorCelsius(), form.envelopeCompliant(), form.indoorSystemNormal(),
                        form.agreedCelsius())));
        return respond(htmx, "temp-result", model);
    }

    /** R-SUP-3, R-BUTLER-6, R-TEMP-6, R-ANS-4 count forward; R-APPT-4 counts back from the appointment. */
    @PostMapping("/deadline")
    String deadline(@ModelAttribute("deadlineForm") DeadlineForm form, BindingResult binding,
                    @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        model.addAttribute("deadlineResult", CardResult.of(binding, () -> {
            Instant from = CalculatorForms.instant(form.from(), "from", engine.zone());
            boolean countsBack = form.rule() != null && form.rule().countsBackFromAppointment();
            Deadline deadline = countsBack ? engine.rescheduleNotice(from) : engine.deadline(form.rule(), from);
            return DeadlineAnswer.of(deadline, form.from(), engine.zone(), countsBack && engine.seasonAt(from).operating(),
                    version(PolicyFamily.SERVICE_DEADLINES, deadline.policy().versionId()));
        }));
        return respond(htmx, "deadline-result", model);
    }

    /** What every card needs, whether the whole page or one card's fragment is rendered. */
    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("zone", engine.zone());
        model.addAttribute("useTypes", UseType.values());
        model.addAttribute("customerKinds", CustomerKind.values());
        model.addAttribute("roomTypes", RoomType.values());
        model.addAttribute("deadlineRules", DeadlineRule.values());
    }

    private PolicyVersionView version(PolicyFamily family, long id) {
        return administration.versions(family).stream().filter(v -> v.id() == id).findFirst().orElse(null);
    }

    private String respond(String htmx, String fragment, Model model) {
        return htmx != null ? VIEW + " :: " + fragment : fullPage(model);
    }

    /** The page with every form not posted prefilled: times now, the common choices selected. */
    private String fullPage(Model model) {
        LocalDateTime now = LocalDateTime.ofInstant(engine.now(), engine.zone()).truncatedTo(ChronoUnit.MINUTES);
        putIfAbsent(model, "seasonForm", new SeasonForm(now));
        putIfAbsent(model, "feeForm", new FeeForm(UseType.RESIDENTIAL, null, null));
        putIfAbsent(model, "respForm", new ResponsibilityForm(CustomerKind.RESIDENTIAL, null, null));
        putIfAbsent(model, "rateForm", new HeatingRateForm(null, null, null, null, false, false));
        putIfAbsent(model, "tempForm", new TemperatureForm(now, RoomType.LIVING_ROOM, null, null, true, true, null));
        putIfAbsent(model, "deadlineForm", new DeadlineForm(DeadlineRule.ON_SITE, now));
        model.addAttribute("climate", engine.climate());
        return VIEW;
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
