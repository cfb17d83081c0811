package cn.heatdesk.policy.internal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.audit.AuditRecord;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.policy.NewBoundaryVersion;
import cn.heatdesk.policy.NewDeadlineVersion;
import cn.heatdesk.policy.NewFeeReductionVersion;
import cn.heatdesk.policy.NewFeeVersion;
import cn.heatdesk.policy.NewSeasonOverride;
import cn.heatdesk.policy.PolicyAdministration;
import cn.heatdesk.policy.PolicyVersionView;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.SeasonOverride;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Administrators' API for policy versions, season overrides and the audit trail (R-FEE-4, R-SEASON-3, R-SYS-3). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Policy administration", description = "政策版本、紧急调度、审计记录（管理员）")
class PolicyAdminApiController {

    private final PolicyAdministration administration;
    private final AuditTrail audit;

    PolicyAdminApiController(PolicyAdministration administration, AuditTrail audit) {
        this.administration = administration;
        this.audit = audit;
    }

    @GetMapping("/policy-versions")
    @Operation(summary = "Policy versions, of one family or all")
    List<PolicyVersionView> versions(@RequestParam(required = false) PolicyFamily family) {
        if (family != null) {
            return administration.versions(family);
        }
        List<PolicyVersionView> all = new ArrayList<>();
        for (PolicyFamily f : PolicyFamily.values()) {
            all.addAll(administration.versions(f));
        }
        return all;
    }

    @PostMapping("/policy-versions/connection-fee")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a connection-fee version (R-FEE-4)")
    PolicyVersionView addFee(@RequestBody NewFeeVersion version, Principal principal) {
        return administration.addFeeVersion(version, principal.getName());
    }

    @PostMapping("/policy-versions/fee-reduction")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a fee reduction version: tiers by shortfall in °C (R-TEMP-6)")
    PolicyVersionView addFeeReduction(@RequestBody NewFeeReductionVersion version,
                                      Principal principal) {
        return administration.addFeeReductionVersion(version, principal.getName());
    }

    @PostMapping("/policy-versions/property-boundary")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a property-boundary version (R-BOUND-4)")
    PolicyVersionView addBoundary(@RequestBody NewBoundaryVersion version, Principal principal) {
        return administration.addBoundaryVersion(version, principal.getName());
    }

    @PostMapping("/policy-versions/service-deadlines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a service-deadline version")
    PolicyVersionView addDeadlines(@RequestBody NewDeadlineVersion version, Principal principal) {
        return administration.addDeadlineVersion(version, principal.getName());
    }

    @GetMapping("/season-overrides")
    @Operation(summary = "Emergency-dispatch overrides of season dates, oldest first (R-SEASON-3)")
    List<SeasonOverride> overrides() {
        return administration.seasonOverrides();
    }

    @PostMapping("/season-overrides")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an emergency-dispatch override for one season (R-SEASON-3)")
    SeasonOverride addOverride(@RequestBody NewSeasonOverride override, Principal principal) {
        return administration.addSeasonOverride(override, principal.getName());
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit trail, newest first (R-SYS-3)")
    List<AuditRecord> audit(@RequestParam(required = false) String entityType,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "50") int limit) {
        return audit.recent(entityType, offset, limit);
    }
}
