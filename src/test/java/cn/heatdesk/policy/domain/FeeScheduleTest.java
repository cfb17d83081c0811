package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.heatdesk.policy.domain.SeededPolicies.FEE_2008;
import static cn.heatdesk.policy.domain.SeededPolicies.FEE_2019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Connection fee: R-FEE-1..3")
class FeeScheduleTest {

    private final PolicyVersions<FeeSchedule> fees = SeededPolicies.feeVersions();

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private FeeQuote quoteOn(LocalDate contractDate, UseType type, String area) {
        return fees.effectiveOn(contractDate).quote(type, new BigDecimal(area));
    }

    @Nested
    @DisplayName("R-FEE-1 contracts from 2020-02-01: residential 90, commercial 80 yuan/m²")
    class From2020 {

        @Test
        void chargesNinetyYuanPerSquareMetreForResidentialContractsFromFebruary2020() {
            FeeQuote quote = quoteOn(LocalDate.of(2020, 2, 1), UseType.RESIDENTIAL, "100");

            assertThat(quote.ratePerM2()).isEqualTo(yuan("90.00"));
            assertThat(quote.amount()).isEqualTo(yuan("9000.00"));
            assertThat(quote.policy()).isEqualTo(FEE_2019);
            assertThat(quote.useType()).isEqualTo(UseType.RESIDENTIAL);
        }

        @Test
        void chargesEightyYuanPerSquareMetreForCommercialContractsFromFebruary2020() {
            FeeQuote quote = quoteOn(LocalDate.of(2020, 2, 1), UseType.NON_RESIDENTIAL, "100");

            assertThat(quote.amount()).isEqualTo(yuan("8000.00"));
            assertThat(quote.policy().document()).isEqualTo("淄政办发〔2019〕14号");
        }

        @Test
        void stillChargesNinetyOnTheLastDayOfTheVersion() {
            assertThat(quoteOn(LocalDate.of(2025, 1, 31), UseType.RESIDENTIAL, "100").amount())
                    .isEqualTo(yuan("9000.00"));
        }

        @Test
        void refusesAContractSignedAfterThe2019VersionExpires() {
            assertThatThrownBy(() -> quoteOn(LocalDate.of(2025, 2, 1), UseType.RESIDENTIAL, "100"))
                    .isInstanceOfSatisfying(NoPolicyInForceException.class,
                            refusal -> assertThat(refusal.nearest()).isEqualTo(FEE_2019));
        }
    }

    @Nested
    @DisplayName("R-FEE-2 contracts before 2020-02-01: residential 65, public 80 yuan/m²")
    class Before2020 {

        @Test
        void chargesSixtyFiveYuanPerSquareMetreForResidentialContractsBeforeFebruary2020() {
            FeeQuote quote = quoteOn(LocalDate.of(2020, 1, 31), UseType.RESIDENTIAL, "100");

            assertThat(quote.ratePerM2()).isEqualTo(yuan("65.00"));
            assertThat(quote.amount()).isEqualTo(yuan("6500.00"));
            assertThat(quote.policy()).isEqualTo(FEE_2008);
        }

        @Test
        void chargesEightyYuanPerSquareMetreForPublicContractsBeforeFebruary2020() {
            FeeQuote quote = quoteOn(LocalDate.of(2020, 1, 31), UseType.NON_RESIDENTIAL, "100");

            assertThat(quote.amount()).isEqualTo(yuan("8000.00"));
            assertThat(quote.policy().document()).isEqualTo("淄政办发〔2008〕114号");
        }

        @Test
        void chargesTheSameFlatForTwentyFiveYuanLessPerSquareMetreOneDayEarlier() {
            FeeQuote before = quoteOn(LocalDate.of(2020, 1, 31), UseType.RESIDENTIAL, "123.45");
            FeeQuote after = quoteOn(LocalDate.of(2020, 2, 1), UseType.RESIDENTIAL, "123.45");

            assertThat(before.amount()).isEqualTo(yuan("8024.25"));
            assertThat(after.amount()).isEqualTo(yuan("11110.50"));
        }

        @Test
        void refusesAContractSignedBeforeTheOldestVersion() {
            assertThatThrownBy(() -> quoteOn(LocalDate.of(2007, 12, 31), UseType.RESIDENTIAL, "100"))
                    .isInstanceOfSatisfying(NoPolicyInForceException.class,
                            refusal -> assertThat(refusal.nearest()).isEqualTo(FEE_2008));
        }

        @Test
        void hasTheSameTwoCategoriesInBothVersions() {
            assertThat(SeededPolicies.fees2008().ratePerM2()).containsOnlyKeys(UseType.values());
            assertThat(SeededPolicies.fees2019().ratePerM2()).containsOnlyKeys(UseType.values());
        }
    }

    @Nested
    @DisplayName("R-FEE-3 quote = rate × area rounded to fen half-up; bad areas refused")
    class Quote {

        private final FeeSchedule fees2019 = SeededPolicies.fees2019();

        @ParameterizedTest(name = "{0} × {1} m² = {2}")
        @CsvSource({
                "RESIDENTIAL,     0.01,       0.90",
                "RESIDENTIAL,     1,          90.00",
                "RESIDENTIAL,     88.88,      7999.20",
                "NON_RESIDENTIAL, 0.01,       0.80",
                "NON_RESIDENTIAL, 1234.56,    98764.80",
                "RESIDENTIAL,     1000000,    90000000.00",
                "RESIDENTIAL,     100.500,    9045.00"})
        void multipliesTheRateByTheAreaExactlyToTheFen(UseType type, String area, String expected) {
            assertThat(fees2019.quote(type, new BigDecimal(area)).amount()).isEqualTo(yuan(expected));
        }

        @Test
        void roundsHalfAFenUp() {
            // The seeded rates are whole yuan, so rounding only shows with a rate in fen.
            FeeSchedule inFen = new FeeSchedule(FEE_2019, Map.of(
                    UseType.RESIDENTIAL, yuan("80.25"), UseType.NON_RESIDENTIAL, yuan("0.15")));

            assertThat(inFen.quote(UseType.RESIDENTIAL, new BigDecimal("0.5")).amount()).isEqualTo(yuan("40.13"));
            assertThat(inFen.quote(UseType.RESIDENTIAL, new BigDecimal("0.49")).amount()).isEqualTo(yuan("39.32"));
            assertThat(inFen.quote(UseType.NON_RESIDENTIAL, new BigDecimal("0.05")).amount()).isEqualTo(yuan("0.01"));
            assertThat(inFen.quote(UseType.NON_RESIDENTIAL, new BigDecimal("0.03")).amount()).isEqualTo(yuan("0.00"));
        }

        @Test
        void showsTheRateInYuanAndFen() {
            FeeSchedule wholeYuan = new FeeSchedule(FEE_2019, Map.of(
                    UseType.RESIDENTIAL, yuan("90"), UseType.NON_RESIDENTIAL, yuan("80")));

            FeeQuote quote = wholeYuan.quote(UseType.RESIDENTIAL, new BigDecimal("2"));

            assertThat(quote.ratePerM2()).isEqualTo(yuan("90.00"));
            assertThat(quote.amount()).isEqualTo(yuan("180.00"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.01", "1", "100.5", "100.500", "99.90", "1000000", "1000000.00", "999999.99"})
        void acceptsAPositiveAreaOfAtMostTwoDecimalsUpToAMillionSquareMetres(String area) {
            assertThat(FeeSchedule.areaProblem(new BigDecimal(area))).isNull();
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
                "0          | 建筑面积必须大于 0",
                "0.00       | 建筑面积必须大于 0",
                "-0.01      | 建筑面积必须大于 0",
                "-100       | 建筑面积必须大于 0",
                "1.005      | 建筑面积最多保留两位小数",
                "100.001    | 建筑面积最多保留两位小数",
                "1000000.01 | 建筑面积超过 1,000,000 平方米，请核对",
                "2000000    | 建筑面积超过 1,000,000 平方米，请核对"})
        void refusesAnAreaWithAClearMessage(String area, String message) {
            assertThat(FeeSchedule.areaProblem(new BigDecimal(area))).isEqualTo(message);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> fees2019.quote(UseType.RESIDENTIAL, new BigDecimal(area)))
                    .withMessage(message);
        }

        @Test
        void asksForAnAreaWhenNoneIsGiven() {
            assertThat(FeeSchedule.areaProblem(null)).isEqualTo("请填写建筑面积");
            assertThatIllegalArgumentException().isThrownBy(() -> fees2019.quote(UseType.RESIDENTIAL, null))
                    .withMessage("请填写建筑面积");
        }

        @Test
        void refusesAVersionMissingACategory() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FeeSchedule(FEE_2019,
                            Map.of(UseType.RESIDENTIAL, yuan("90.00"))))
                    .withMessage("非民用（商业/公用）收费标准必须是不小于 0、最多两位小数的金额");
        }

        @Test
        void refusesAVersionWithoutAnyRates() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FeeSchedule(FEE_2019, Map.of()))
                    .withMessage("民用（住宅）收费标准必须是不小于 0、最多两位小数的金额");
        }

        @Test
        void refusesANegativeRateOrARateFinerThanAFen() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FeeSchedule(FEE_2019,
                            Map.of(UseType.RESIDENTIAL, yuan("-1"), UseType.NON_RESIDENTIAL, yuan("80"))))
                    .withMessage("民用（住宅）收费标准必须是不小于 0、最多两位小数的金额");
            assertThatIllegalArgumentException().isThrownBy(() -> new FeeSchedule(FEE_2019,
                            Map.of(UseType.RESIDENTIAL, yuan("90"), UseType.NON_RESIDENTIAL, yuan("80.001"))))
                    .withMessage("非民用（商业/公用）收费标准必须是不小于 0、最多两位小数的金额");
        }

        @Test
        void acceptsAFreeCategory() {
            FeeSchedule free = new FeeSchedule(FEE_2019, Map.of(UseType.RESIDENTIAL, yuan("0"),
                    UseType.NON_RESIDENTIAL, yuan("80")));

            assertThat(free.quote(UseType.RESIDENTIAL, new BigDecimal("100")).amount()).isEqualTo(yuan("0.00"));
        }
    }
}
