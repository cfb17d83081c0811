package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * R-TEMP-1..4: bedrooms and living rooms ≥ 18 °C during the heating period, when (a) the outdoor
 * temperature is not below the design minimum, (b) the envelope is compliant and (c) the indoor
 * system works; an agreed temperature prevails (R-TEMP-2).
 *
 * <p>Decisions where the seed is silent: a reading that meets the owed temperature is COMPLIANT
 * whatever the conditions (the home is warm; nothing to exempt); the three conditions also qualify an
 * agreed temperature; commissioning days are outside the heating period, so NOT_APPLICABLE.
 */
public final class TemperatureStandard {

    /** R-TEMP-1. */
    public static final BigDecimal STANDARD_CELSIUS = new BigDecimal("18");

    private final BigDecimal designOutdoorCelsius;
    private final String city;

    /**
     * @param designOutdoorCelsius R-TEMP-4: the city's design minimum outdoor temperature (Zibo −7.4 °C)
     */
    public TemperatureStandard(String city, BigDecimal designOutdoorCelsius) {
        this.city = Objects.requireNonNull(city);
        this.designOutdoorCelsius = Objects.requireNonNull(designOutdoorCelsius);
    }

    public BigDecimal designOutdoorCelsius() {
        return designOutdoorCelsius;
    }

    public TemperatureJudgement judge(TemperatureReading reading, SeasonPhase phaseAtReading) {
        BigDecimal required = reading.agreedCelsius() != null ? reading.agreedCelsius() : STANDARD_CELSIUS;
        String owed = reading.agreedCelsius() != null
                ? "供用热协议约定 " + plain(required) + "℃"
                : "标准 " + plain(required) + "℃";
        if (phaseAtReading != SeasonPhase.HEATING) {
            return new TemperatureJudgement(TemperatureVerdict.NOT_APPLICABLE, required, null,
                    "测温时间不在集中供热期内，室温标准不适用");
        }
        if (!reading.roomType().coveredByStandard()) {
            return new TemperatureJudgement(TemperatureVerdict.NOT_APPLICABLE, required, null,
                    reading.roomType().label() + "不在室温标准范围内（标准只针对卧室、起居室）");
        }
        if (reading.celsius().compareTo(required) >= 0) {
            return new TemperatureJudgement(TemperatureVerdict.COMPLIANT, required, null,
                    "实测 " + plain(reading.celsius()) + "℃，达到" + owed);
        }
        if (reading.outdoorCelsius().compareTo(designOutdoorCelsius) < 0) {
            return exempt(required, FailedCondition.OUTDOOR_BELOW_DESIGN,
                    "室外温度 " + plain(reading.outdoorCelsius()) + "℃ 低于" + city + "供热系统最低设计温度 "
                            + plain(designOutdoorCelsius) + "℃");
        }
        if (!reading.envelopeCompliant()) {
            return exempt(required, FailedCondition.ENVELOPE_NOT_COMPLIANT, "建筑围护结构不符合当时采暖设计规范标准");
        }
        if (!reading.indoorSystemNormal()) {
            return exempt(required, FailedCondition.INDOOR_SYSTEM_FAULT, "室内采暖系统未正常运行");
        }
        return new TemperatureJudgement(TemperatureVerdict.NON_COMPLIANT, required, null,
                "实测 " + plain(reading.celsius()) + "℃，低于" + owed);
    }

    private static TemperatureJudgement exempt(BigDecimal required, FailedCondition failed, String why) {
        return new TemperatureJudgement(TemperatureVerdict.EXEMPT, required, failed,
                why + "，不满足保证室温的条件，不计为不达标");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
