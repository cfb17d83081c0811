package cn.heatdesk.customers.internal.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.customers.HeatingRates;
import cn.heatdesk.customers.internal.web.CustomerApi.CommunityRateBody;
import cn.heatdesk.customers.internal.web.CustomerApi.UnitRateBody;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 用热率 (R-RATE-1..4) per community and per unit, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/heating-rates")
@Tag(name = "Heating rates", description = "用热率:小区与单元,含分子分母、供热义务与应保证的室温")
class HeatingRateApiController {

    private final HeatingRates rates;

    HeatingRateApiController(HeatingRates rates) {
        this.rates = rates;
    }

    @GetMapping("/communities")
    @Operation(summary = "Community rates and the supply obligation (R-RATE-1, R-RATE-2)")
    List<CommunityRateBody> communities(
            @Parameter(description = "start year (2026) or name (2026-2027); default the current season")
            @RequestParam(required = false) String season, @RequestParam(required = false) Long branchId,
            @RequestParam(required = false) Long areaId, @RequestParam(required = false) Long communityId,
            @AuthenticationPrincipal StaffPrincipal principal) {
        return rates.communities(filter(season, branchId, areaId, communityId), principal.toMember()).stream()
                .map(CommunityRateBody::of).toList();
    }

    @GetMapping("/units")
    @Operation(summary = "Unit rates and the owed indoor standard (R-RATE-1, R-RATE-3, R-RATE-4)")
    List<UnitRateBody> units(
            @Parameter(description = "start year (2026) or name (2026-2027); default the current season")
            @RequestParam(required = false) String season, @RequestParam(required = false) Long branchId,
            @RequestParam(required = false) Long areaId, @RequestParam(required = false) Long communityId,
            @AuthenticationPrincipal StaffPrincipal principal) {
        return rates.units(filter(season, branchId, areaId, communityId), principal.toMember()).stream()
                .map(UnitRateBody::of).toList();
    }

    private static HeatingRates.Filter filter(String season, Long branchId, Long areaId, Long communityId) {
        return new HeatingRates.Filter(ApiParameters.season(season), branchId, areaId, communityId);
    }
}
