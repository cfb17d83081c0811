package cn.heatdesk.policy.internal.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

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
 * Everything {@code policy/admin.html} shows: each family's versions with today's status, the overrides
 * with the one in force per season, and the four forms — left as they are when a refused post already
 * put them in the model with the user's input.
 */
@Component
class AdministrationPageModel {

    private final PolicyAdministration administration;
    private final PolicyEngine engine;
    private final VersionRows versionRows;

    AdministrationPageModel(PolicyAdministration administration, PolicyEngine engine, VersionRows versionRows) {
        this.administration = administration;
        this.engine = engine;
        this.versionRows = versionRows;
    }

    void fill(Model model, Locale locale) {
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
        model.addAttribute("reductionRows",
                versionRows.of(administration.versions(PolicyFamily.FEE_REDUCTION), today, locale));
        putIfAbsent(model, "feeForm", FeeVersionForm.startingFrom(newest(fees)));
        putIfAbsent(model, "boundaryForm", BoundaryVersionForm.startingFrom(newest(boundaries)));
        putIfAbsent(model, "deadlineForm", DeadlineVersionForm.startingFrom(newest(deadlines)));
        // The season now running, or the next one when off season.
        putIfAbsent(model, "overrideForm",
                SeasonOverrideForm.defaultsOf(calendar.phaseAt(engine.now()).dates().startYear()));
        model.addAttribute("seasonInForce",
                seasonInForce(calendar, (SeasonOverrideForm) model.getAttribute("overrideForm")));
        model.addAttribute("overrides", administration.seasonOverrides().stream()
                .sorted(Comparator.comparing(SeasonOverride::enteredAt).thenComparing(SeasonOverride::id).reversed())
                .map(o -> new OverrideRow(o, calendar.overrideOf(o.seasonStartYear())
                        .map(current -> current.id() == o.id()).orElse(false)))
                .toList());
        model.addAttribute("residentialPath", CustomerKind.RESIDENTIAL.path());
        model.addAttribute("institutionalPath", CustomerKind.INSTITUTIONAL.path());
    }

    /** The dates in force for the form's season (overrides included), shown beside the year. */
    SeasonDates seasonInForce(SeasonCalendar calendar, SeasonOverrideForm form) {
        return form.hasPlausibleYear() ? calendar.season(form.seasonStartYear()) : null;
    }

    private static PolicyVersionView newest(List<PolicyVersionView> versions) {
        return versions.stream().max(Comparator.comparing(PolicyVersionView::effectiveFrom)).orElse(null);
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
