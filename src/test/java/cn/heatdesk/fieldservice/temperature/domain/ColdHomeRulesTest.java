package cn.heatdesk.fieldservice.temperature.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.heatdesk.fieldservice.temperature.domain.ColdHomeRules.OutdoorReading;
import cn.heatdesk.policy.domain.FailedCondition;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.TemperatureJudgement;
import cn.heatdesk.policy.domain.TemperatureVerdict;

import static cn.heatdesk.policy.domain.TemperatureVerdict.COMPLIANT;
import static cn.heatdesk.policy.domain.TemperatureVerdict.EXEMPT;
import static cn.heatdesk.policy.domain.TemperatureVerdict.NON_COMPLIANT;
import static cn.heatdesk.policy.domain.TemperatureVerdict.NOT_APPLICABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("Cold home follow-up: R-TEMP-3, R-TEMP-5, R-TEMP-6")
class ColdHomeRulesTest {

    private static final Instant AT = Instant.parse("2026-12-10T02:00:00Z");

    private static RoomResult room(String celsius, TemperatureVerdict verdict, String required) {
        FailedCondition failed = verdict == EXEMPT ? FailedCondition.OUTDOOR_BELOW_DESIGN : null;
        return new RoomResult(RoomType.BEDROOM, null, AT, new BigDecimal(celsius),
                new TemperatureJudgement(verdict, new BigDecimal(required), failed, "理由"));
    }

    @Nested
    @DisplayName("R-TEMP-3 the visit's verdict is its worst room's")
    class Verdict {

        @Test
        void oneColdRoomMakesTheHomeNonCompliant() {
            assertThat(ColdHomeRules.verdictOf(List.of(room("19", COMPLIANT, "18"), room("16.5", NON_COMPLIANT, "18"),
                    room("15", EXEMPT, "18")))).isEqualTo(NON_COMPLIANT);
        }

        @Test
        void exemptOutweighsCompliant() {
            assertThat(ColdHomeRules.verdictOf(List.of(room("19", COMPLIANT, "18"), room("15", EXEMPT, "18"))))
                    .isEqualTo(EXEMPT);
        }

        @Test
        void notApplicableOnlyWhenNoRoomIsCovered() {
            assertThat(ColdHomeRules.verdictOf(List.of(room("12", NOT_APPLICABLE, "18"), room("19", COMPLIANT, "18"))))
                    .isEqualTo(COMPLIANT);
            assertThat(ColdHomeRules.verdictOf(List.of(room("12", NOT_APPLICABLE, "18")))).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void refusesAVisitWithoutRooms() {
            assertThatIllegalArgumentException().isThrownBy(() -> ColdHomeRules.verdictOf(List.of()));
        }
    }

    @Nested
    @DisplayName("R-TEMP-5 a cold home owed the standard opens or links a work order")
    class FollowUp {

        @Test
        void rTemp5_nonCompliantAndOwedOpensAnOrder() {
            assertThat(ColdHomeRules.followUp(NON_COMPLIANT, true, false)).isEqualTo(OrderFollowUp.OPEN);
        }

        @Test
        void rTemp5_nonCompliantWithAnOpenComplaintLinksIt() {
            assertThat(ColdHomeRules.followUp(NON_COMPLIANT, true, true)).isEqualTo(OrderFollowUp.LINK);
        }

        @Test
        void rTemp5_aHomeNotOwedTheStandardOpensNothing() {
            assertThat(ColdHomeRules.followUp(NON_COMPLIANT, false, false)).isEqualTo(OrderFollowUp.NONE);
        }

        @Test
        void rTemp5_warmOrExemptHomesOpenNothing() {
            assertThat(ColdHomeRules.followUp(COMPLIANT, true, false)).isEqualTo(OrderFollowUp.NONE);
            assertThat(ColdHomeRules.followUp(EXEMPT, true, false)).isEqualTo(OrderFollowUp.NONE);
            assertThat(ColdHomeRules.followUp(NOT_APPLICABLE, true, false)).isEqualTo(OrderFollowUp.NONE);
        }

        @Test
        void rTemp6_anyMeasurementMeetsAnOpenComplaintsTest() {
            assertThat(ColdHomeRules.followUp(COMPLIANT, true, true)).isEqualTo(OrderFollowUp.LINK);
            assertThat(ColdHomeRules.followUp(EXEMPT, false, true)).isEqualTo(OrderFollowUp.LINK);
        }
    }

    @Nested
    @DisplayName("R-TEMP-6 fault and shortfall")
    class Fault {

        @Test
        void theCompanyIsAtFaultOnlyForANonCompliantVisit() {
            assertThat(ColdHomeRules.companyAtFault(NON_COMPLIANT)).isTrue();
            assertThat(ColdHomeRules.companyAtFault(EXEMPT)).isFalse();
            assertThat(ColdHomeRules.companyAtFault(COMPLIANT)).isFalse();
        }

        @Test
        void theShortfallIsTheLargestOfTheNonCompliantRooms() {
            assertThat(ColdHomeRules.shortfall(List.of(room("16.5", NON_COMPLIANT, "18"), room("17.2", NON_COMPLIANT, "18"),
                    room("12", EXEMPT, "18"), room("19.5", NON_COMPLIANT, "20"))))
                    .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1.5"));
        }

        @Test
        void noShortfallWithoutANonCompliantRoom() {
            assertThat(ColdHomeRules.shortfall(List.of(room("12", EXEMPT, "18")))).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-TEMP-3 the outdoor temperature at that time: the nearest reading within one hour")
    class Outdoor {

        private OutdoorReading at(long id, String instant, String celsius) {
            return new OutdoorReading(id, Instant.parse(instant), new BigDecimal(celsius));
        }

        @Test
        void picksTheNearestReading() {
            assertThat(ColdHomeRules.nearestOutdoor(AT, List.of(at(1, "2026-12-10T01:10:00Z", "-3"),
                    at(2, "2026-12-10T02:20:00Z", "-4")))).map(OutdoorReading::id).hasValue(2L);
        }

        @Test
        void acceptsExactlyOneHourAndRefusesOneMinuteMore() {
            assertThat(ColdHomeRules.nearestOutdoor(AT, List.of(at(1, "2026-12-10T03:00:00Z", "-3")))).isPresent();
            assertThat(ColdHomeRules.nearestOutdoor(AT, List.of(at(1, "2026-12-10T00:59:00Z", "-3"),
                    at(2, "2026-12-10T03:01:00Z", "-3")))).isEmpty();
        }

        @Test
        void onATieTakesTheEarlierReading() {
            assertThat(ColdHomeRules.nearestOutdoor(AT, List.of(at(2, "2026-12-10T02:30:00Z", "-4"),
                    at(1, "2026-12-10T01:30:00Z", "-3")))).map(OutdoorReading::id).hasValue(1L);
        }
    }
}
