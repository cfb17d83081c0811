package cn.heatdesk.fieldservice.temperature.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.heatdesk.policy.domain.TemperatureVerdict;

/**
 * The rules a measurement visit follows once each room is judged (R-TEMP-1..4 by the policy engine).
 *
 * <p>Decisions where the seed is silent:
 * <ul>
 * <li>A visit's verdict is its worst room's: one cold bedroom makes the home NON_COMPLIANT (the standard
 * is per room); then EXEMPT, then COMPLIANT; NOT_APPLICABLE only when no room is covered.</li>
 * <li>R-TEMP-5 “owed the standard”: a household receiving heat this season (用热). A suspended or
 * unconnected home is not owed a temperature, so its cold reading opens nothing.</li>
 * <li>R-TEMP-6: any measurement meets an open temperature complaint's 24-hour test, whatever its
 * verdict — the customer asked for a measurement and got one.</li>
 * <li>“The company is at fault” exactly when the visit is NON_COMPLIANT: all three conditions of
 * R-TEMP-1 held (outdoor, envelope, indoor system), so the shortfall is the supplier's. The
 * reduction is counted from the largest shortfall of a NON_COMPLIANT room.</li>
 * <li>The outdoor temperature for a measurement is the recorded reading nearest in time within one
 * hour either side; an equal distance picks the earlier reading.</li>
 * </ul>
 */
public final class ColdHomeRules {

    /** How far an outdoor reading may be from the measurement. */
    public static final Duration OUTDOOR_WINDOW = Duration.ofHours(1);

    private static final List<TemperatureVerdict> WORST_FIRST = List.of(TemperatureVerdict.NON_COMPLIANT,
            TemperatureVerdict.EXEMPT, TemperatureVerdict.COMPLIANT, TemperatureVerdict.NOT_APPLICABLE);

    private ColdHomeRules() {
    }

    /** R-TEMP-3: the visit's verdict from its rooms. */
    public static TemperatureVerdict verdictOf(List<RoomResult> rooms) {
        if (rooms.isEmpty()) {
            throw new IllegalArgumentException("至少要测一个房间");
        }
        return rooms.stream().map(r -> r.judgement().verdict())
                .min(Comparator.comparingInt(WORST_FIRST::indexOf))
                .orElseThrow();
    }

    /** R-TEMP-5, R-TEMP-6. */
    public static OrderFollowUp followUp(TemperatureVerdict verdict, boolean owedStandard, boolean openComplaint) {
        if (openComplaint) {
            return OrderFollowUp.LINK;
        }
        return verdict == TemperatureVerdict.NON_COMPLIANT && owedStandard ? OrderFollowUp.OPEN : OrderFollowUp.NONE;
    }

    /** R-TEMP-6: the company is at fault when the visit is NON_COMPLIANT. */
    public static boolean companyAtFault(TemperatureVerdict verdict) {
        return verdict == TemperatureVerdict.NON_COMPLIANT;
    }

    /** The largest shortfall below the owed temperature among NON_COMPLIANT rooms; empty when none is. */
    public static Optional<BigDecimal> shortfall(List<RoomResult> rooms) {
        return rooms.stream()
                .filter(r -> r.judgement().verdict() == TemperatureVerdict.NON_COMPLIANT)
                .map(r -> r.judgement().requiredCelsius().subtract(r.celsius()))
                .max(Comparator.naturalOrder());
    }

    /** A recorded outdoor temperature: when and how cold. */
    public record OutdoorReading(long id, Instant at, BigDecimal celsius) {
    }

    /** The reading nearest to {@code at} within {@link #OUTDOOR_WINDOW}, the earlier one on a tie. */
    public static Optional<OutdoorReading> nearestOutdoor(Instant at, List<OutdoorReading> candidates) {
        return candidates.stream()
                .filter(r -> Duration.between(r.at(), at).abs().compareTo(OUTDOOR_WINDOW) <= 0)
                .min(Comparator.comparing((OutdoorReading r) -> Duration.between(r.at(), at).abs())
                        .thenComparing(OutdoorReading::at));
    }
}
