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
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.customers.internal.web.CustomerForms.SearchForm;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * 用户档案 search: one box for account number, phone (or its last four digits), owner name or an address
 * fragment. htmx asks for the results alone as the user types (the header's drop-down and the page's
 * list); the page itself works without JavaScript.
 */
@Controller
@RequestMapping("/customers")
class CustomerSearchController {

    static final String VIEW = "customers/search";

    private final CustomerFiles files;
    private final CustomerExports exports;

    CustomerSearchController(CustomerFiles files, CustomerExports exports) {
        this.files = files;
        this.exports = exports;
    }

    @GetMapping
    String search(@ModelAttribute("searchForm") SearchForm form, @AuthenticationPrincipal StaffPrincipal principal,
                  @RequestHeader(value = Viewer.HX_REQUEST, required = false) String htmx, Model model) {
        StaffMember viewer = Viewer.of(principal);
        List<CustomerSummary> found = form.query().isEmpty() ? List.of()
                : files.search(form.query(), viewer, form.limit() + 1);
        model.addAttribute("query", form.query());
        model.addAttribute("results", found.stream().limit(form.limit()).toList());
        model.addAttribute("more", found.size() > form.limit());
        model.addAttribute("compact", form.compact());
        model.addAttribute("seesNothing", files.scopeOf(viewer).seesNothing());
        model.addAttribute("season", files.currentSeason());
        return htmx != null ? VIEW + " :: results" : VIEW;
    }

    /** The same search as an Excel file: every match (up to the export's limit), phones masked. */
    @GetMapping("/export")
    void export(@ModelAttribute SearchForm form, @AuthenticationPrincipal StaffPrincipal principal,
                HttpServletResponse response) throws IOException {
        StaffMember viewer = Viewer.of(principal);
        Downloads.xlsx(response, exports.searchResultsFilename(), "customers.xlsx");
        exports.writeSearchResults(form.query(), viewer, response.getOutputStream());
    }
}
