package cn.heatdesk.workorders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("R-BUTLER-4 scripts: the seed's standard phrases with the butler's number")
class ScriptsTest {

    private final Scripts butler07 = Scripts.forButler(7);

    /**
     * The seed's wording as published (half-width commas and question marks), with XX for the number. HeatDesk
     * writes Chinese punctuation full-width; the words must be the seed's.
     */
    private static String seed(String published, String number) {
        return published.replace(',', '，').replace('?', '？').replace("管家XX号", "管家" + number + "号");
    }

    @Nested
    @DisplayName("R-BUTLER-4 the phrases say exactly what the seed says")
    class SeedWording {

        @Test
        void answersACallWithTheButlersNumber() {
            assertThat(butler07.answering())
                    .isEqualTo(seed("您好,环保供热片区管家XX号为您服务,请问有什么可以帮您?", "07"))
                    .isEqualTo("您好，环保供热片区管家07号为您服务，请问有什么可以帮您？");
        }

        @Test
        void callsACustomerByName() {
            assertThat(butler07.calling("王先生"))
                    .isEqualTo(seed("您好,我是环保供热片区管家XX号,请问您是XX先生/女士么?", "07").replace("XX先生/女士", "王先生"));
        }

        @Test
        void keepsTheSeedsPlaceholderWhenTheNameIsNotKnown() {
            assertThat(butler07.calling(null)).isEqualTo(seed("您好,我是环保供热片区管家XX号,请问您是XX先生/女士么?", "07"));
            assertThat(butler07.calling(" ")).isEqualTo(butler07.calling(null));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "notConvenient | 打扰您了,再见",
                "lineNoise     | 抱歉,因电话线路原因/周围声音较大,没有听清楚,麻烦您再重复一遍,好吗?",
                "noting        | 请稍等,我记录一下",
                "otherArea     | 对不起,您的区域是其他供热片区管家负责,您的来电已受理,他会及时与您取得联系,好吗?",
                "appointment   | 为了保证您家里暖气能够正常使用,需要入户对您家里的供热系统实地了解,请问您最近什么时间方便?",
                "leakThanks    | 请放心,我们会立即安排查处",
                "anythingElse  | 请问,您还有其他问题需要我们帮助吗?"})
        void saysTheSeedsWords(String phrase, String published) {
            Function<Scripts, String> script = switch (phrase) {
                case "notConvenient" -> Scripts::notConvenient;
                case "lineNoise" -> Scripts::lineNoise;
                case "noting" -> Scripts::noting;
                case "otherArea" -> Scripts::otherArea;
                case "appointment" -> Scripts::appointment;
                case "leakThanks" -> Scripts::leakThanks;
                case "anythingElse" -> Scripts::anythingElse;
                default -> throw new IllegalArgumentException(phrase);
            };

            assertThat(script.apply(butler07)).isEqualTo(seed(published, "07"));
        }

        @Test
        void saysTheOutOfRemitPhraseOnceWhereThePublishedPageRepeatsAFragment() {
            String published = "对不起,您反映的问题不在我公司的管理权限之内,您可咨询物业公司、开发商映的问题不在我公司的管理权限之内,"
                    + "您可咨询物业公司、开发商或其它相关权限部门";
            String repeated = "映的问题不在我公司的管理权限之内,您可咨询物业公司、开发商";

            assertThat(butler07.outsideRemit()).isEqualTo(seed(published.replace("开发商" + repeated, "开发商"), "07"))
                    .isEqualTo("对不起，您反映的问题不在我公司的管理权限之内，您可咨询物业公司、开发商或其它相关权限部门");
        }

        @Test
        void answersAtTheDoorWithTheNumber() {
            assertThat(butler07.atTheDoor()).isEqualTo(seed("您好,环保供热供热管家XX号", "07"));
        }

        @Test
        void listsEveryPhraseForTheConsoleInTheSeedsOrder() {
            assertThat(butler07.all()).extracting(Script::kind).containsExactly(ScriptKind.values());
            assertThat(butler07.all()).extracting(Script::text).doesNotHaveDuplicates()
                    .allSatisfy(text -> assertThat(text).doesNotContain(",", "?"));
            assertThat(butler07.all().get(0).text()).contains("管家07号");
        }
    }

    @Nested
    @DisplayName("R-BUTLER-1 the butler's number as customers know it")
    class Number {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"7, 管家07号", "12, 管家12号", "123, 管家123号"})
        void formatsANumberWithAtLeastTwoDigits(int number, String spoken) {
            assertThat(ButlerNumber.of(number).spoken()).isEqualTo(spoken);
        }

        @ParameterizedTest(name = "\"{0}\" → {1}")
        @CsvSource({"7, 07", "' 07 ', 07", "12, 12", "T01, T01"})
        void takesTheAreasStoredNumber(String stored, String value) {
            assertThat(new ButlerNumber(stored).value()).isEqualTo(value);
        }

        @Test
        void fillsAStoredCodeIntoThePhrases() {
            assertThat(Scripts.forButler(new ButlerNumber("T01")).answering()).contains("片区管家T01号为您服务");
        }

        @Test
        void refusesAMissingOrNonPositiveNumber() {
            assertThatIllegalArgumentException().isThrownBy(() -> ButlerNumber.of(0)).withMessage("管家编号须为正数");
            assertThatIllegalArgumentException().isThrownBy(() -> new ButlerNumber(" ")).withMessage("缺少管家编号");
        }
    }
}
