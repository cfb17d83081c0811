package cn.heatdesk.policy.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.Deadline;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.FeeQuote;
import cn.heatdesk.policy.domain.HeatingRateDecision;
import cn.heatdesk.policy.domain.Responsibility;
import cn.heatdesk.policy.domain.SeasonAnswer;
import cn.heatdesk.policy.domain.TemperatureJudgement;
import cn.heatdesk.policy.internal.PolicyApi.ConnectionFeeRequest;
import cn.heatdesk.policy.internal.PolicyApi.ConnectionFeeResponse;
import cn.heatdesk.policy.internal.PolicyApi.DeadlineRequest;
import cn.heatdesk.policy.internal.PolicyApi.DeadlineResponse;
import cn.heatdesk.policy.internal.PolicyApi.HeatingRateRequest;
import cn.heatdesk.policy.internal.PolicyApi.HeatingRateResponse;
import cn.heatdesk.policy.internal.PolicyApi.OverrideBody;
import cn.heatdesk.policy.internal.PolicyApi.PolicyBody;
import cn.heatdesk.policy.internal.PolicyApi.ResponsibilityRequest;
import cn.heatdesk.policy.internal.PolicyApi.ResponsibilityResponse;
import cn.heatdesk.policy.internal.PolicyApi.SeasonPhaseResponse;
import cn.heatdesk.policy.internal.PolicyApi.TemperatureJudgementRequest;
import cn.heatdesk.policy.internal.PolicyApi.TemperatureJudgementResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public policy API: the company's published rules, answerable without login. */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy (public)", description = "供热服务规定的计算：供暖季、配套费、产权分界、用热率、室温、时限")
class PolicyApiController {

    private final PolicyEngine engine;

    PolicyApiController(PolicyEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/season-phase")
    @Operation(summary = "Season phase at an instant (R-SEASON-1..4); at omitted = now")
    SeasonPhaseResponse seasonPhase(
            @Parameter(description = "ISO-8601 with offset, e.g. 2026-11-15T08:00:00+08:00") @RequestParam(required = false) String at) {
        Instant instant = at == null || at.isBlank() ? engine.now().truncatedTo(ChronoUnit.SECONDS) : parseInstant(at, "at");
        SeasonAnswer answer = engine.seasonAt(instant);
        OverrideBody override = answer.override()
                .map(o -> new OverrideBody(o.document(), o.reason(), o.enteredBy(), local(o.enteredAt())))
                .orElse(null);
        return new SeasonPhaseResponse(local(instant), answer.phase(), answer.operating(), answer.season(),
                answer.dates().commissioningStart(), answer.dates().heatingStart(), answer.dates().heatingEnd(), override);
    }

    @PostMapping("/connection-fee")
    @Operation(summary = "Connection fee quote by contract date (R-FEE-1..3)")
    ConnectionFeeResponse connectionFee(@Valid @RequestBody ConnectionFeeRequest request) {
        FeeQuote quote = engine.connectionFee(request.useType(), request.areaM2(), request.contractDate());
        return new ConnectionFeeResponse(quote.useType(), quote.areaM2(), quote.ratePerM2(), quote.amount(),
                PolicyBody.of(quote.policy()));
    }

    @PostMapping("/responsibility")
    @Operation(summary = "Who is responsible for a facility (R-BOUND-1..3)")
    ResponsibilityResponse responsibility(@Valid @RequestBody ResponsibilityRequest request) {
        Responsibility r = engine.responsibility(request.customerKind(), request.location(), request.contractDate());
        return new ResponsibilityResponse(r.responsibleParty(), PolicyBody.of(r.policy()));
    }

    @PostMapping("/heating-rate")
    @Operation(summary = "Heating rates and what follows from them (R-RATE-1..4)")
    HeatingRateResponse heatingRate(@Valid @RequestBody HeatingRateRequest request) {
        HeatingRateDecision d = engine.heatingRate(request.communityHouseholds(), request.communityInService(),
                request.unitHouseholds(), request.unitInService(), request.article22ConditionsMet(),
                request.agreementSigned());
        return new HeatingRateResponse(d.communityRate().value(), d.communityRate().numerator(),
                d.communityRate().denominator(), d.communitySupply(), d.unitRate().value(), d.unitRate().numerator(),
                d.unitRate().denominator(), d.unitStandard());
    }

    @PostMapping("/temperature-judgement")
    @Operation(summary = "Judge an indoor temperature reading (R-TEMP-1..4)")
    TemperatureJudgementResponse temperature(@Valid @RequestBody TemperatureJudgementRequest request) {
        TemperatureJudgement j = engine.judgeTemperature(request.at().toInstant(), request.roomType(),
                request.celsius(), request.outdoorCelsius(), request.envelopeCompliant(), request.indoorSystemNormal(),
                request.agreedCelsius());
        return new TemperatureJudgementResponse(j.verdict(), j.requiredCelsius(), j.failedCondition(), j.reason());
    }

    @PostMapping("/deadline")
    @Operation(summary = "Due time of a service deadline (R-SUP-3, R-BUTLER-6, R-TEMP-6, R-ANS-4, R-APPT-4)")
    DeadlineResponse deadline(@Valid @RequestBody DeadlineRequest request) {
        Deadline deadline;
        if (request.rule() == DeadlineRule.RESCHEDULE_NOTICE) {
            if (request.appointmentAt() == null) {
                throw new InvalidInputException("MISSING_FIELD", "appointmentAt", "改约提前告知须提供预约时间 appointmentAt");
            }
            deadline = engine.rescheduleNotice(request.appointmentAt().toInstant());
        } else {
            if (request.from() == null) {
                throw new InvalidInputException("MISSING_FIELD", "from", "须提供起算时间 from");
            }
            deadline = engine.deadline(request.rule(), request.from().toInstant());
        }
        return new DeadlineResponse(deadline.rule(), local(deadline.due()));
    }

    private OffsetDateTime local(Instant instant) {
        return instant.atZone(engine.zone()).toOffsetDateTime();
    }

    /** Accepts ISO-8601 with offset; a '+' decoded to a space by a careless client is forgiven. */
    private static Instant parseInstant(String text, String field) {
        String value = text.trim().replace(' ', '+');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("INVALID_DATE_TIME", field,
                    "时间格式应为带时区的 ISO-8601，例如 2026-11-15T08:00:00+08:00");
        }
    }
}
