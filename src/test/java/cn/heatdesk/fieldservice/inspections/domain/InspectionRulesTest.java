package cn.heatdesk.fieldservice.inspections.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.policy.domain.SeasonDates;

/** The rules of inspections and notices, R-BUTLER-2..3, without Spring or a database. */
class InspectionRulesTest {

    static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");

    @Nested
    @DisplayName("R-BUTLER-3: where a finding goes")
    class RBUTLER3_FindingRoute {

        @Test
        void rButler3_companyPropertyGoesIntoTheRepairPlan() {
            assertThat(FindingRoute.of(ResponsibleParty.COMPANY)).isEqualTo(FindingRoute.REPAIR_PLAN);
        }

        @Test
        void rButler3_customerAndOwnersPropertyGetARectificationNotice() {
            assertThat(FindingRoute.of(ResponsibleParty.CUSTOMER)).isEqualTo(FindingRoute.RECTIFICATION_NOTICE);
            assertThat(FindingRoute.of(ResponsibleParty.OWNERS_COLLECTIVE)).isEqualTo(FindingRoute.RECTIFICATION_NOTICE);
        }
    }

    @Nested
    @DisplayName("R-BUTLER-3: the repair and upgrade plan's status only moves forward")
    class RBUTLER3_RepairStatus {

        @Test
        void movesFromPlannedToInProgressToDone() {
            assertThat(RepairStatus.PLANNED.moveTo(RepairStatus.IN_PROGRESS).isAllowed()).isTrue();
            assertThat(RepairStatus.IN_PROGRESS.moveTo(RepairStatus.DONE).isAllowed()).isTrue();
            assertThat(RepairStatus.PLANNED.moveTo(RepairStatus.DONE).isAllowed()).isTrue();
        }

        @Test
        void refusesToGoBackOrToChangeAFinishedItem() {
            assertThat(RepairStatus.IN_PROGRESS.moveTo(RepairStatus.PLANNED))
                    .isEqualTo(Decision.rejected("REPAIR_STATUS_BACKWARDS", "状态只能向前推进（计划中 → 实施中 → 已完成）"));
            assertThat(RepairStatus.PLANNED.moveTo(RepairStatus.PLANNED).isAllowed()).isFalse();
            assertThat(RepairStatus.DONE.moveTo(RepairStatus.IN_PROGRESS))
                    .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.code()).isEqualTo("REPAIR_ALREADY_DONE"));
        }
    }

    @Nested
    @DisplayName("R-BUTLER-3: a rectification notice is delivered once, then re-inspected once on or after its day")
    class RBUTLER3_NoticeFollowUp {

        static final Instant ISSUED = Instant.parse("2026-12-01T02:00:00Z");
        static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
        static final LocalDate REINSPECT = LocalDate.of(2026, 12, 8);

        final NoticeFollowUp fresh = new NoticeFollowUp(ISSUED, REINSPECT, null, null);
        final NoticeFollowUp delivered = new NoticeFollowUp(ISSUED, REINSPECT, NOW, null);

        @Test
        void rButler3_reinspectionDateMustBeAfterTheInspection() {
            LocalDate inspected = LocalDate.of(2026, 12, 1);
            assertThat(NoticeFollowUp.reinspectionDate(inspected, inspected).isAllowed()).isFalse();
            assertThat(NoticeFollowUp.reinspectionDate(inspected, inspected.plusDays(1)).isAllowed()).isTrue();
            assertThat(NoticeFollowUp.reinspectionDate(inspected, null).isAllowed()).isFalse();
        }

        @Test
        void rButler3_deliveryNeedsHowToWhomAndAPlausibleTime() {
            assertThat(fresh.deliver(DeliveryMethod.IN_PERSON, "王建华", NOW, NOW).isAllowed()).isTrue();
            assertThat(fresh.deliver(DeliveryMethod.IN_PERSON, "王建华", ISSUED, NOW).isAllowed()).isTrue();
            assertThat(fresh.deliver(null, "王建华", NOW, NOW).isAllowed()).isFalse();
            assertThat(fresh.deliver(DeliveryMethod.MAIL, " ", NOW, NOW).isAllowed()).isFalse();
            assertThat(fresh.deliver(DeliveryMethod.MAIL, "王建华", ISSUED.minusSeconds(1), NOW))
                    .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.code()).isEqualTo("DELIVERED_BEFORE_ISSUE"));
            assertThat(fresh.deliver(DeliveryMethod.MAIL, "王建华", NOW.plusSeconds(1), NOW))
                    .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.code()).isEqualTo("DELIVERED_IN_FUTURE"));
        }

        @Test
        void rButler3_aSecondDeliveryIsRefused() {
            assertThat(delivered.deliver(DeliveryMethod.IN_PERSON, "王建华", NOW, NOW))
                    .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.code()).isEqualTo("ALREADY_DELIVERED"));
        }

        @Test
        void rButler3_reinspectionFollowsDeliveryOnOrAfterItsDay() {
            Instant dayBefore = Instant.parse("2026-12-07T15:59:59Z"); // 23:59:59 on 7 Dec in Zibo
            Instant onTheDay = Instant.parse("2026-12-07T16:00:00Z");  // 00:00 on 8 Dec in Zibo
            assertThat(fresh.reinspect(ReinspectionResult.RECTIFIED, onTheDay, ZIBO))
                    .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.code()).isEqualTo("NOT_DELIVERED"));
            assertThat(delivered.reinspect(ReinspectionResult.RECTIFIED, dayBefore, ZIBO))
                    .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.code()).isEqualTo("REINSPECTION_NOT_DUE"));
            assertThat(delivered.reinspect(ReinspectionResult.RECTIFIED, onTheDay, ZIBO).isAllowed()).isTrue();
            assertThat(delivered.reinspect(null, onTheDay, ZIBO).isAllowed()).isFalse();
            assertThat(new NoticeFollowUp(ISSUED, REINSPECT, NOW, onTheDay).reinspect(ReinspectionResult.RECTIFIED, onTheDay, ZIBO))
                    .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.code()).isEqualTo("ALREADY_REINSPECTED"));
        }

        @Test
        void rButler3_isDueFromTheReinspectionDayUntilReinspected() {
            assertThat(delivered.reinspectionDue(REINSPECT.minusDays(1))).isFalse();
            assertThat(delivered.reinspectionDue(REINSPECT)).isTrue();
            assertThat(fresh.reinspectionDue(REINSPECT)).isFalse();
            assertThat(new NoticeFollowUp(ISSUED, REINSPECT, NOW, NOW).reinspectionDue(REINSPECT)).isFalse();
        }
    }

    @Nested
    @DisplayName("R-BUTLER-2: start, middle and end of the season")
    class RBUTLER2_NoticePhase {

        final SeasonDates season = SeasonDates.defaults(2026);

        @Test
        void rButler2_cutsTheHeatingPeriodIntoThirds() {
            // 15 Nov – 15 Mar is 121 days: start until 24 Dec, middle 25 Dec – 2 Feb, end 3 Feb – 15 Mar.
            assertThat(NoticePhase.of(season, LocalDate.of(2026, 12, 24))).isEqualTo(NoticePhase.START);
            assertThat(NoticePhase.of(season, LocalDate.of(2026, 12, 25))).isEqualTo(NoticePhase.MIDDLE);
            assertThat(NoticePhase.of(season, LocalDate.of(2027, 2, 2))).isEqualTo(NoticePhase.MIDDLE);
            assertThat(NoticePhase.of(season, LocalDate.of(2027, 2, 3))).isEqualTo(NoticePhase.END);
            assertThat(NoticePhase.of(season, LocalDate.of(2027, 3, 15))).isEqualTo(NoticePhase.END);
        }

        @Test
        void rButler2_commissioningAndTheWeeksBeforeBelongToTheStart() {
            assertThat(NoticePhase.of(season, LocalDate.of(2026, 11, 8))).isEqualTo(NoticePhase.START);
            assertThat(NoticePhase.of(season, LocalDate.of(2026, 10, 20))).isEqualTo(NoticePhase.START);
            assertThat(NoticePhase.START.firstDay(season)).isEqualTo(LocalDate.of(2026, 11, 8));
            assertThat(NoticePhase.START.lastDay(season)).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(NoticePhase.MIDDLE.firstDay(season)).isEqualTo(LocalDate.of(2026, 12, 25));
            assertThat(NoticePhase.END.lastDay(season)).isEqualTo(LocalDate.of(2027, 3, 15));
        }

        @Test
        void rButler2_followsAnOverriddenSeason() {
            SeasonDates early = new SeasonDates(2026, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5),
                    LocalDate.of(2027, 3, 15));
            // 131 days: the middle starts 43 days after heating starts (18 Dec), not on 25 Dec.
            assertThat(NoticePhase.MIDDLE.firstDay(early)).isEqualTo(LocalDate.of(2026, 12, 18));
            assertThat(NoticePhase.of(early, LocalDate.of(2026, 12, 20))).isEqualTo(NoticePhase.MIDDLE);
        }
    }

    @Nested
    @DisplayName("R-BUTLER-2: coverage of building notices, buildings in natural order")
    class RBUTLER2_Coverage {

        @Test
        void rButler2_listsEveryBuildingWithTheNoticesItStillLacks() {
            var one = new NoticeCoverage.Building(1, 9, "一片区", "花园", "1号楼");
            var two = new NoticeCoverage.Building(2, 9, "一片区", "花园", "2号楼");
            var ten = new NoticeCoverage.Building(10, 9, "一片区", "花园", "10号楼");
            List<NoticeCoverage.Row> rows = NoticeCoverage.of(List.of(ten, one, two), List.of(
                    new NoticeCoverage.Posted(1, NoticeKind.WATER_FILLING), new NoticeCoverage.Posted(1, NoticeKind.PAYMENT),
                    new NoticeCoverage.Posted(10, NoticeKind.PAYMENT)));

            assertThat(rows).extracting(r -> r.building().name()).containsExactly("1号楼", "2号楼", "10号楼");
            assertThat(rows.get(0).complete()).isTrue();
            assertThat(rows.get(1).missing()).containsExactly(NoticeKind.WATER_FILLING, NoticeKind.PAYMENT);
            assertThat(rows.get(2).missing()).containsExactly(NoticeKind.WATER_FILLING);
            assertThat(rows.get(2).posted()).containsExactly(NoticeKind.PAYMENT);
        }

        @Test
        void sortsBuildingNamesNaturally() {
            assertThat(Stream.of("10号楼", "2号楼", "1号楼", "2号楼A", "B1", "A10", "A9")
                    .sorted(BuildingOrder.NATURAL).toList())
                    .containsExactly("1号楼", "2号楼", "2号楼A", "10号楼", "A9", "A10", "B1");
            assertThat(BuildingOrder.NATURAL.compare("02号楼", "2号楼")).isZero();
        }
    }
}
