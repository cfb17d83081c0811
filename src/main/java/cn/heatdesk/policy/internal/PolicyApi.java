package cn.heatdesk.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CommunitySupply;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.FailedCondition;
import cn.heatdesk.policy.domain.PolicyReference;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.SeasonPhase;
import cn.heatdesk.policy.domain.TemperatureVerdict;
import cn.heatdesk.policy.domain.UnitStandard;
import cn.heatdesk.policy.domain.UseType;

/** Request and response bodies of the public policy API: the field names are a contract. */
final class PolicyApi {

    private PolicyApi() {
    }

    record SeasonPhaseResponse(OffsetDateTime at, SeasonPhase phase, boolean operating, String season,
                               LocalDate commissioningStart, LocalDate heatingStart, LocalDate heatingEnd,
                               OverrideBody override) {
    }

    record OverrideBody(String document, String reason, String enteredBy, OffsetDateTime enteredAt) {
    }

    record ConnectionFeeRequest(@NotNull UseType useType, @NotNull BigDecimal areaM2, @NotNull LocalDate contractDate) {
    }

    record ConnectionFeeResponse(UseType useType, BigDecimal areaM2, BigDecimal ratePerM2, BigDecimal amount,
                                 PolicyBody policy) {
    }

    record PolicyBody(String document, String article, LocalDate effectiveFrom, LocalDate effectiveTo) {

        static PolicyBody of(PolicyReference r) {
            return new PolicyBody(r.document(), r.article(), r.effectiveFrom(), r.effectiveTo());
        }
    }

    record ResponsibilityRequest(@NotNull CustomerKind customerKind, @NotNull BoundaryLocation location,
                                 @NotNull LocalDate contractDate) {
    }

    record ResponsibilityResponse(ResponsibleParty responsibleParty, PolicyBody policy) {
    }

    record HeatingRateRequest(@NotNull Integer communityHouseholds, @NotNull Integer communityInService,
                              @NotNull Integer unitHouseholds, @NotNull Integer unitInService,
                              @NotNull Boolean article22ConditionsMet, @NotNull Boolean agreementSigned) {
    }

    /** Rates as decimals (4 places, truncated) plus their exact numerator and denominator (R-RATE-1). */
    record HeatingRateResponse(BigDecimal communityRate, long communityRateNumerator, long communityRateDenominator,
                               CommunitySupply communitySupply, BigDecimal unitRate, long unitRateNumerator,
                               long unitRateDenominator, UnitStandard unitStandard) {
    }

    record TemperatureJudgementRequest(@NotNull OffsetDateTime at, @NotNull RoomType roomType,
                                       @NotNull BigDecimal celsius, @NotNull BigDecimal outdoorCelsius,
                                       @NotNull Boolean envelopeCompliant, @NotNull Boolean indoorSystemNormal,
                                       BigDecimal agreedCelsius) {
    }

    record TemperatureJudgementResponse(TemperatureVerdict verdict, BigDecimal requiredCelsius,
                                        FailedCondition failedCondition, String reason) {
    }

    record DeadlineRequest(@NotNull DeadlineRule rule, OffsetDateTime from, OffsetDateTime appointmentAt) {
    }

    record DeadlineResponse(DeadlineRule rule, OffsetDateTime due) {
    }
}
