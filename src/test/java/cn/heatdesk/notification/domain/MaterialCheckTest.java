package cn.heatdesk.notification.domain;

import static cn.heatdesk.notification.domain.Items.DEED;
import static cn.heatdesk.notification.domain.Items.ID_CARD;
import static cn.heatdesk.notification.domain.Items.PAID_UP;
import static cn.heatdesk.notification.domain.Items.PROXY;
import static cn.heatdesk.notification.domain.Items.SIGNED_FORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MaterialCheckTest {

    @Nested
    class RNotify3_firstNotice {

        @Test
        void rNotify3_listsEveryMissingMaterialAtOnceInTheItemsOrder() {
            NoticeSheet sheet = MaterialCheck.first(Items.suspensionV1(), List.of(ID_CARD));

            assertThat(sheet.outstanding()).extracting(NoticeLine::material).containsExactly(DEED, PAID_UP, PROXY);
            assertThat(sheet.outstanding()).extracting(NoticeLine::kind).containsOnly(LineKind.MISSING);
            assertThat(sheet.brought()).extracting(NoticeLine::material).containsExactly(ID_CARD);
            assertThat(sheet.complete()).isFalse();
            assertThat(sheet.followUp()).isFalse();
        }

        @Test
        void rNotify3_nothingBroughtListsAllMaterials() {
            assertThat(MaterialCheck.first(Items.suspensionV1(), List.of()).outstanding()).hasSize(4);
        }

        @Test
        void rNotify3_aCompleteApplicationIsDoneAtOnce() {
            NoticeSheet sheet = MaterialCheck.first(Items.suspensionV1(), List.of(ID_CARD, DEED, PAID_UP, PROXY));

            assertThat(sheet.complete()).isTrue();
            assertThat(sheet.outstanding()).isEmpty();
        }

        @Test
        void refusesAMaterialTheItemDoesNotAskFor() {
            assertThatThrownBy(() -> MaterialCheck.first(Items.suspensionV1(), List.of("结婚证")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("结婚证");
        }
    }

    @Nested
    class RNotify4_followUp {

        final NoticeSheet first = MaterialCheck.first(Items.suspensionV1(), List.of(ID_CARD));

        @Test
        void rNotify4_moreMaterialsBroughtTellsNothingNewAndRefersToWhatIsStillMissing() {
            NoticeSheet sheet = MaterialCheck.followUp(Items.suspensionV1(), first, Items.suspensionV1(),
                    List.of(DEED), Map.of(), Map.of());

            assertThat(sheet.followUp()).isTrue();
            assertThat(sheet.newItems()).isEmpty();
            assertThat(sheet.stillMissing()).extracting(NoticeLine::material).containsExactly(PAID_UP, PROXY);
            assertThat(sheet.brought()).extracting(NoticeLine::material).containsExactly(DEED);
        }

        @Test
        void rNotify4_changedRequirementsListOnlyTheNewItemsWithTheChangeAsReason() {
            NoticeSheet sheet = MaterialCheck.followUp(Items.suspensionV1(), first, Items.suspensionV2(),
                    List.of(PAID_UP), Map.of(), Map.of());

            assertThat(sheet.newItems()).extracting(NoticeLine::kind, NoticeLine::material).containsExactly(
                    tuple(LineKind.NEW_REQUIREMENT, SIGNED_FORM), tuple(LineKind.NO_LONGER_REQUIRED, DEED));
            assertThat(sheet.newItems().get(0).reason()).contains("第 1 版 → 第 2 版", "增加报停申请表");
            // Told on the first notice and still owed: referred to, not told again as new.
            assertThat(sheet.stillMissing()).extracting(NoticeLine::material).containsExactly(PROXY);
            assertThat(sheet.outstanding()).extracting(NoticeLine::material).containsExactlyInAnyOrder(PROXY, SIGNED_FORM);
        }

        @Test
        void rNotify4_aNonConformingMaterialIsNewWithTheClerksReason() {
            NoticeSheet sheet = MaterialCheck.followUp(Items.suspensionV1(), first, Items.suspensionV1(),
                    List.of(PAID_UP, PROXY), Map.of(DEED, "复印件不清晰"), Map.of());

            assertThat(sheet.newItems()).extracting(NoticeLine::kind, NoticeLine::material, NoticeLine::reason)
                    .containsExactly(tuple(LineKind.NOT_CONFORMING, DEED, "复印件不清晰"));
            assertThat(sheet.outstanding()).extracting(NoticeLine::material).containsExactly(DEED);
        }

        @Test
        void rNotify4_aMaterialTheCircumstancesCallForIsNewWithItsReason() {
            NoticeSheet sheet = MaterialCheck.followUp(Items.suspensionV1(), first, Items.suspensionV1(),
                    List.of(DEED, PAID_UP, PROXY), Map.of(), Map.of("继承公证书", "户主已故，由继承人办理"));

            assertThat(sheet.newItems()).extracting(NoticeLine::kind, NoticeLine::material, NoticeLine::reason)
                    .containsExactly(tuple(LineKind.ADDITIONAL, "继承公证书", "户主已故，由继承人办理"));
            assertThat(sheet.complete()).isFalse();
        }

        @Test
        void rNotify4_everythingBroughtCompletesTheMatter() {
            NoticeSheet sheet = MaterialCheck.followUp(Items.suspensionV1(), first, Items.suspensionV1(),
                    List.of(DEED, PAID_UP, PROXY), Map.of(), Map.of());

            assertThat(sheet.complete()).isTrue();
        }

        @Test
        void rNotify4_refusesAFollowUpWithNothingNew() {
            assertThatThrownBy(() -> MaterialCheck.followUp(Items.suspensionV1(), first, Items.suspensionV1(),
                    List.of(), Map.of(), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("无需出具补充告知书");
        }

        @Test
        void rNotify4_aReasonIsRequiredForEveryNewItem() {
            assertThatThrownBy(() -> MaterialCheck.followUp(Items.suspensionV1(), first, Items.suspensionV1(),
                    List.of(), Map.of(DEED, " "), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不符合要求的原因");
        }
    }
}
