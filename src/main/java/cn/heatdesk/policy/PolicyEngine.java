package cn.heatdesk.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.Deadline;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.DeadlineTerms;
import cn.heatdesk.policy.domain.FeeQuote;
import cn.heatdesk.policy.domain.FeeReduction;
import cn.heatdesk.policy.domain.FeeReductionTiers;
import cn.heatdesk.policy.domain.FeeSchedule;
import cn.heatdesk.policy.domain.HeatingRate;
import cn.heatdesk.policy.domain.HeatingRateDecision;
import cn.heatdesk.policy.domain.HeatingRatePolicy;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.PolicyReference;
import cn.heatdesk.policy.domain.PolicyVersions;
import cn.heatdesk.policy.domain.Responsibility;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.SeasonAnswer;
import cn.heatdesk.policy.domain.SeasonCalendar;
import cn.heatdesk.policy.domain.TemperatureJudgement;
import cn.heatdesk.policy.domain.TemperatureReading;
import cn.heatdesk.policy.domain.TemperatureStandard;
import cn.heatdesk.policy.domain.UseType;
import cn.heatdesk.policy.internal.PolicyStore;

/**
 * The policy engine: the one place other modules ask the seed's questions. It loads the versioned
 * data, picks the version in force with {@code effectiveOn(date)} and lets the domain rules decide.
 * Bad input raises {@link InvalidInputException} naming the caller's field; a date no version covers
 * raises {@link cn.heatdesk.policy.domain.NoPolicyInForceException} (R-BOUND-4).
 */
@Service
@EnableConfigurationProperties(CityClimate.class)
// An answer of "no policy" or "bad input" is not a failure of the caller's transaction: a customer file
// that shows R-BOUND-4's message, or a status change that reloads such a file, must still commit.
@Transactional(readOnly = true, noRollbackFor = { NoPolicyInForceException.class, InvalidInputException.class })
public class PolicyEngine {

    private final PolicyStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final CityClimate climate;
    private final TemperatureStandard temperatureStandard;
    private final HeatingRatePolicy heatingRatePolicy = new HeatingRatePolicy();

    PolicyEngine(PolicyStore store, Clock clock, CityClimate climate, @Value("${heatdesk.zone:Asia/Shanghai}") String zone) {
        this.store = store;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.climate = climate;
        this.temperatureStandard = new TemperatureStandard(climate.name(), climate.designOutdoorCelsius());
    }

    public ZoneId zone() {
        return zone;
    }

    public CityClimate climate() {
        return climate;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** The calendar with every recorded override (R-SEASON-3). */
    public SeasonCalendar calendar() {
        return new SeasonCalendar(zone, store.seasonOverrides());
    }

    /** R-SEASON-4. */
    public SeasonAnswer seasonAt(Instant at) {
        return calendar().phaseAt(at);
    }

    public SeasonAnswer seasonNow() {
        return seasonAt(now());
    }

    /** R-FEE-1..3, chosen by contract date (R-RATE-5: pass the building's date when it has one). */
    public FeeQuote connectionFee(UseType useType, BigDecimal areaM2, LocalDate contractDate) {
        require(useType, "useType");
        require(contractDate, "contractDate");
        String areaProblem = FeeSchedule.areaProblem(areaM2);
        if (areaProblem != null) {
            throw new InvalidInputException("INVALID_AREA", "areaM2", areaProblem);
        }
        return new PolicyVersions<>(PolicyFamily.CONNECTION_FEE, store.feeSchedules())
                .effectiveOn(contractDate)
                .quote(useType, areaM2);
    }

    /** R-BOUND-1..3. */
    public Responsibility responsibility(CustomerKind kind, BoundaryLocation location, LocalDate contractDate) {
        require(kind, "customerKind");
        require(location, "location");
        require(contractDate, "contractDate");
        if (!kind.onPath(location)) {
            throw new InvalidInputException("LOCATION_NOT_ON_PATH", "location",
                    location.label() + "（" + location + "）不在" + kind.label() + "的供热路径上");
        }
        return new PolicyVersions<>(PolicyFamily.PROPERTY_BOUNDARY, store.boundaryRules())
                .effectiveOn(contractDate)
                .responsibility(kind, location);
    }

    /** R-RATE-1..4. */
    public HeatingRateDecision heatingRate(Integer communityHouseholds, Integer communityInService,
                                           Integer unitHouseholds, Integer unitInService,
                                           Boolean article22ConditionsMet, Boolean agreementSigned) {
        HeatingRate community = rate(communityHouseholds, "communityHouseholds", communityInService, "communityInService");
        HeatingRate unit = rate(unitHouseholds, "unitHouseholds", unitInService, "unitInService");
        require(article22ConditionsMet, "article22ConditionsMet");
        require(agreementSigned, "agreementSigned");
        return heatingRatePolicy.decide(community, unit, article22ConditionsMet, agreementSigned);
    }

    /** R-TEMP-1..4 from a caller's raw fields: each missing or implausible value is named. */
    public TemperatureJudgement judgeTemperature(Instant at, RoomType roomType, BigDecimal celsius,
                                                 BigDecimal outdoorCelsius, Boolean envelopeCompliant,
                                                 Boolean indoorSystemNormal, BigDecimal agreedCelsius) {
        require(at, "at");
        require(roomType, "roomType");
        plausible(celsius, "celsius", -30, 60, "室内温度");
        plausible(outdoorCelsius, "outdoorCelsius", -60, 50, "室外温度");
        require(envelopeCompliant, "envelopeCompliant");
        require(indoorSystemNormal, "indoorSystemNormal");
        if (agreedCelsius != null) {
            plausible(agreedCelsius, "agreedCelsius", 5, 30, "约定室温");
        }
        return judgeTemperature(new TemperatureReading(at, roomType, celsius, outdoorCelsius, envelopeCompliant,
                indoorSystemNormal, agreedCelsius));
    }

    /** R-TEMP-1..4, with the phase at the reading's time. */
    public TemperatureJudgement judgeTemperature(TemperatureReading reading) {
        return temperatureStandard.judge(reading, calendar().phaseOf(reading.at()));
    }

    /**
     * R-TEMP-6: the fee reduction for a shortfall below the owed temperature, by the tiers in force on
     * {@code on} (the day of the measurement).
     */
    public FeeReduction feeReduction(BigDecimal shortfallCelsius, LocalDate on) {
        require(shortfallCelsius, "shortfallCelsius");
        require(on, "on");
        if (shortfallCelsius.signum() < 0) {
            throw new InvalidInputException("INVALID_SHORTFALL", "shortfallCelsius", "温差不能为负");
        }
        return new PolicyVersions<>(PolicyFamily.FEE_REDUCTION, store.feeReductionTiers())
                .effectiveOn(on)
                .reductionFor(shortfallCelsius);
    }

    /**
     * The policy versions with these ids, by id, in one query: for records that keep the version a decision was
     * taken by (a fee reduction) and show its document later. Ids that name no version are left out.
     */
    public Map<Long, PolicyReference> references(Collection<Long> versionIds) {
        Map<Long, PolicyReference> references = new HashMap<>();
        store.references(Set.copyOf(versionIds)).forEach(r -> references.put(r.versionId(), r));
        return references;
    }

    /** Deadlines counted forward from {@code from}; the version in force on that day decides. */
    public Deadline deadline(DeadlineRule rule, Instant from) {
        require(rule, "rule");
        if (rule.countsBackFromAppointment()) {
            require(null, "appointmentAt");
        }
        require(from, "from");
        return deadlineVersions().effectiveOn(from.atZone(zone).toLocalDate()).due(rule, from, zone);
    }

    /** R-APPT-4: the phase is taken at the appointment time. */
    public Deadline rescheduleNotice(Instant appointmentAt) {
        require(appointmentAt, "appointmentAt");
        return deadlineVersions().effectiveOn(appointmentAt.atZone(zone).toLocalDate())
                .rescheduleNotice(appointmentAt, calendar().phaseOf(appointmentAt));
    }

    private PolicyVersions<DeadlineTerms> deadlineVersions() {
        return new PolicyVersions<>(PolicyFamily.SERVICE_DEADLINES, store.deadlineTerms());
    }

    private static HeatingRate rate(Integer households, String householdsField, Integer inService, String inServiceField) {
        require(households, householdsField);
        require(inService, inServiceField);
        if (households <= 0) {
            throw new InvalidInputException("INVALID_COUNT", householdsField, "总户数必须大于 0");
        }
        if (inService < 0 || inService > households) {
            throw new InvalidInputException("INVALID_COUNT", inServiceField, "用热户数必须在 0 与总户数（" + households + "）之间");
        }
        return new HeatingRate(inService, households);
    }

    private static void plausible(BigDecimal value, String field, int min, int max, String what) {
        require(value, field);
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("IMPLAUSIBLE_VALUE", field,
                    what + "应在 " + min + "℃ 至 " + max + "℃ 之间，最多两位小数");
        }
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInputException("MISSING_FIELD", field, "缺少必填项 " + field);
        }
    }
}
