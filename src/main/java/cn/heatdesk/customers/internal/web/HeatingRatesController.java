package cn.heatdesk.customers.internal.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.heatdesk.customers.CustomerExports;
import cn.heatdesk.customers.HeatingRates;
import cn.heatdesk.customers.internal.web.CustomerForms.RateFilterForm;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * 用热率 (R-RATE-1..4): communities and units of the viewer's scope, each rate with numerator and
 * denominator, the supply obligation and the temperature owed; a chart of the community rates against
 * the 25 % line; the same lists as Excel. Changing a filter asks htmx for the filters and tables alone.
 */
@Controller
@RequestMapping("/customers/heating-rates")
class HeatingRatesController {

    static final String VIEW = "customers/heating-rates";
    /** Rows shown per table; the export has them all. */
    static final int SHOWN_ROWS = 300;

    private final HeatingRates rates;
    private final CustomerExports exports;

    HeatingRatesController(HeatingRates rates, CustomerExports exports) {
        this.rates = rates;
        this.exports = exports;
    }

    @GetMapping
    String rates(@ModelAttribute RateFilterForm form, @AuthenticationPrincipal StaffPrincipal principal,
                 @RequestHeader(value = Viewer.HX_REQUEST, required = false) String htmx, Model model) {
        StaffMember viewer = Viewer.of(principal);
        HeatingRates.FilterChoices choices = rates.filterChoices(viewer);
        RateFilterForm filter = form.within(choices);
        HeatingRates.Filter query = filter.toFilter();
        List<RateRows.CommunityRow> communities = RateRows.communities(rates.communities(query, viewer));
        List<RateRows.UnitRow> units = RateRows.units(rates.units(query, viewer));
        model.addAttribute("filter", filter);
        model.addAttribute("choices", choices);
        model.addAttribute("seasons", SeasonChoice.of(choices.seasons()));
        model.addAttribute("areas", filter.areasOf(choices));
        model.addAttribute("communitiesOffered", filter.communitiesOf(choices));
        model.addAttribute("season", rates.season(query));
        model.addAttribute("communities", communities.stream().limit(SHOWN_ROWS).toList());
        model.addAttribute("communityCount", communities.size());
        model.addAttribute("units", units.stream().limit(SHOWN_ROWS).toList());
        model.addAttribute("unitCount", units.size());
        model.addAttribute("shownRows", SHOWN_ROWS);
        return htmx != null ? VIEW + " :: rates" : VIEW;
    }

    @GetMapping("/export")
    void export(@ModelAttribute RateFilterForm form, @AuthenticationPrincipal StaffPrincipal principal,
                HttpServletResponse response) throws IOException {
        StaffMember viewer = Viewer.of(principal);
        HeatingRates.Filter query = form.within(rates.filterChoices(viewer)).toFilter();
        Downloads.xlsx(response, exports.heatingRatesFilename(query), "heating-rates.xlsx");
        exports.writeHeatingRates(query, viewer, response.getOutputStream());
    }
}
