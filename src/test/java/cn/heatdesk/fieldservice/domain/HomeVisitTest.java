package cn.heatdesk.fieldservice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;

/** The home-visit rules R-HOME-1..2 with a fixed clock. */
class HomeVisitTest {

    static final Instant NOW = Instant.now(Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC));

    static HomeVisit started() {
        return HomeVisit.start(1, 2, 3, null, "butler", NOW);
    }

    static HomeVisit allNineTicked() {
        HomeVisit v = started();
        for (ChecklistStep step : ChecklistStep.values()) {
            if (step.byVisitor()) {
                v = v.tick(step, NOW);
            }
        }
        return v;
    }

    @Nested
    class RHome1 {
        @Test
        void rHome1_theMethodHasTenStepsInTheSeedsOrder() {
            assertThat(ChecklistStep.values()).hasSize(10);
            assertThat(ChecklistStep.number(1).shortName()).isEqualTo("一敲");
            assertThat(ChecklistStep.number(10).shortName()).isEqualTo("一访");
            assertThat(ChecklistStep.FOLLOW_UP.byVisitor()).isFalse();
        }

        @Test
        void rHome1_theVisitorCannotTickStepTen() {
            assertThatThrownBy(() -> started().tick(ChecklistStep.FOLLOW_UP, NOW))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("专人回访");
        }

        @Test
        void rHome1_finishingNeedsStepsOneToNine() {
            HomeVisit v = started().tick(ChecklistStep.KNOCK, NOW);
            assertThatThrownBy(() -> v.finish(NOW)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("2.一报").hasMessageNotContaining("1.一敲").hasMessageNotContaining("一访");
            assertThat(allNineTicked().finish(NOW).finished()).isTrue();
        }

        @Test
        void rHome1_aFinishedVisitIsNotChangedAnyMore() {
            HomeVisit done = allNineTicked().finish(NOW);
            assertThatThrownBy(() -> done.recordWork("x", null)).isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class RHome2 {
        @Test
        void rHome2_damageIsRecordedWithItsRemedy() {
            HomeVisit v = started().addDamage(7, "地板划伤一处", Remedy.RESTORE, "三日内修复", "butler", NOW);
            assertThat(v.damages()).singleElement().satisfies(d -> {
                assertThat(d.remedy()).isEqualTo(Remedy.RESTORE);
                assertThat(d.remedyNote()).isEqualTo("三日内修复");
            });
        }

        @Test
        void rHome2_damageWithoutRemedyIsRefused() {
            assertThatThrownBy(() -> started().addDamage(7, "地板划伤", null, null, "b", NOW))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("恢复原状");
        }
    }

    @Nested
    class PaidService {
        @Test
        void aPaidItemNeedsTheCustomersConsent() {
            assertThatThrownBy(() -> started().addPaidItem(1, "更换暖气片阀门", new BigDecimal("80.00"), " ", "b", NOW))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("同意");
            HomeVisit v = started().addPaidItem(1, "更换暖气片阀门", new BigDecimal("80.00"), "已告知收费，用户同意", "b", NOW);
            assertThat(v.paidItems()).singleElement().extracting(PaidItem::amount).isEqualTo(new BigDecimal("80.00"));
        }
    }

    @Nested
    class Photos {
        @Test
        void photosAreCheckedByTheirFirstBytes() {
            assertThat(PhotoCheck.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
            assertThat(PhotoCheck.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                    .isEqualTo("image/png");
            assertThatThrownBy(() -> PhotoCheck.contentType("GIF89a....".getBytes()))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> PhotoCheck.contentType(new byte[PhotoCheck.MAX_BYTES + 1]))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("5 MB");
        }
    }
}
