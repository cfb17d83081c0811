package cn.heatdesk.customers.internal.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.customers.Organisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The company's structure for filters and routing (R-BUTLER-1, R-BUTLER-5): no personal data. */
@RestController
@RequestMapping("/api/v1/organisation")
@Tag(name = "Organisation", description = "分公司、供热片区(管家编号)、小区")
class OrganisationApiController {

    private final Organisation organisation;

    OrganisationApiController(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/branches")
    @Operation(summary = "Branches (分公司)")
    List<Organisation.Branch> branches() {
        return organisation.branches();
    }

    @GetMapping("/areas")
    @Operation(summary = "Areas (供热片区) with their butler numbers")
    List<Organisation.Area> areas() {
        return organisation.areas();
    }

    @GetMapping("/communities")
    @Operation(summary = "Communities (小区)")
    List<Organisation.Community> communities() {
        return organisation.communities();
    }
}
