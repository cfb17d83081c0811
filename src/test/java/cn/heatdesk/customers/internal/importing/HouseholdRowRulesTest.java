package cn.heatdesk.customers.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportError;

/** R-SYS-4: the rules of one import row, both sides of every limit. */
class HouseholdRowRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final HeaderMap HEADER = HeaderMap.of(new SourceRow(1,
            Arrays.stream(ImportColumn.values()).map(c -> Cell.text(c.header())).toList())).header();
    static final HouseholdRowRules RULES = new HouseholdRowRules(HEADER, TODAY);

    static Map<ImportColumn, Cell> good() {
        Map<ImportColumn, Cell> cells = new EnumMap<>(ImportColumn.class);
        cells.put(ImportColumn.ACCOUNT_NUMBER, Cell.text("HD-0001"));
        cells.put(ImportColumn.COMMUNITY, Cell.text("华润中央公园"));
        cells.put(ImportColumn.BUILDING, Cell.text("12号楼"));
        cells.put(ImportColumn.UNIT, Cell.text("2单元"));
        cells.put(ImportColumn.ROOM, Cell.text("301"));
        cells.put(ImportColumn.OWNER_NAME, Cell.text("赵建华"));
        cells.put(ImportColumn.PHONE, Cell.text("13812345670"));
        cells.put(ImportColumn.HEATED_AREA, Cell.text("98.50"));
        cells.put(ImportColumn.STATUS, Cell.text("用热"));
        return cells;
    }

    record Checked(HouseholdRow row, List<ImportError> errors) {
    }

    static Checked check(Map<ImportColumn, Cell> cells) {
        List<Cell> row = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            row.add(cells.getOrDefault(column, Cell.BLANK));
        }
        List<ImportError> errors = new ArrayList<>();
        HouseholdRow checked = RULES.check(new SourceRow(7, row), errors);
        return new Checked(checked, errors);
    }

    static Checked with(ImportColumn column, String text) {
        Map<ImportColumn, Cell> cells = good();
        cells.put(column, Cell.text(text));
        return check(cells);
    }

    static void assertError(Checked checked, ImportColumn column, String fragment) {
        assertThat(checked.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(7);
            assertThat(e.column()).isEqualTo(column.header());
            assertThat(e.message()).contains(fragment);
        });
    }

    @Test
    void acceptsAGoodRow() {
        Checked checked = check(good());

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.row().heatedAreaM2()).isEqualByComparingTo("98.5");
        assertThat(checked.row().status()).isEqualTo(HeatingStatus.IN_SERVICE);
        assertThat(checked.row().agreementSigned()).isFalse();
        assertThat(checked.row().phoneLast4()).isEqualTo("5670");
    }

    @Test
    @DisplayName("R-SYS-4: a row reports all of its errors, not just the first")
    void reportsEveryErrorOfARow() {
        Map<ImportColumn, Cell> cells = good();
        cells.put(ImportColumn.OWNER_NAME, Cell.BLANK);
        cells.put(ImportColumn.PHONE, Cell.text("123"));
        cells.put(ImportColumn.HEATED_AREA, Cell.text("0"));

        assertThat(check(cells).errors()).extracting(ImportError::column)
                .containsExactly("户主姓名", "联系电话", "供热面积（㎡）");
    }

    @Nested
    class RequiredFields {

        @ParameterizedTest
        @ValueSource(strings = { "", "  ", "\u00A0", "\u3000" })
        void refusesABlankRequiredCell(String blank) {
            assertError(with(ImportColumn.OWNER_NAME, blank), ImportColumn.OWNER_NAME, "户主姓名为必填项");
        }

        @Test
        void acceptsBlankOptionalCells() {
            Map<ImportColumn, Cell> cells = good();
            cells.put(ImportColumn.PHONE2, Cell.text(" "));
            assertThat(check(cells).errors()).isEmpty();
        }
    }

    @Nested
    class AccountNumbers {

        @ParameterizedTest
        @ValueSource(strings = { "ABC", "hd-2026-000001", "123456789012345678901234567890" })
        void acceptsThreeToThirtyLettersDigitsOrHyphens(String account) {
            assertThat(with(ImportColumn.ACCOUNT_NUMBER, account).errors()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = { "AB", "HD 0001", "HD#1", "户号1", "1234567890123456789012345678901" })
        void refusesOthers(String account) {
            assertThat(with(ImportColumn.ACCOUNT_NUMBER, account).errors()).singleElement()
                    .satisfies(e -> assertThat(e.column()).isEqualTo("户号"));
        }
    }

    @Nested
    class Rooms {

        @Test
        void dropsATrailingRoomCharacter() {
            assertThat(with(ImportColumn.ROOM, "301室").row().room()).isEqualTo("301");
        }

        @Test
        void refusesARoomThatIsNotLettersDigitsOrHyphens() {
            assertError(with(ImportColumn.ROOM, "三零一"), ImportColumn.ROOM, "房号只能由字母、数字或连字符组成");
        }

        @Test
        @DisplayName("R-SYS-4: a room Excel turned into a date is explained")
        void explainsARoomThatExcelTurnedIntoADate() {
            Map<ImportColumn, Cell> cells = good();
            cells.put(ImportColumn.ROOM, new Cell("2026-03-01", true, true, 46082));
            assertError(check(cells), ImportColumn.ROOM, "被 Excel 识别成了日期");
        }
    }

    @Nested
    class Phones {

        @ParameterizedTest
        @ValueSource(strings = { "13812345678", "0533-1234567", "05331234567", "010-12345678", "1234567", "12345678",
                "138 1234 5678" })
        void acceptsMobilesLandlinesAndLocalNumbers(String phone) {
            Checked checked = with(ImportColumn.PHONE, phone);
            assertThat(checked.errors()).isEmpty();
            assertThat(checked.row().phone()).matches("\\d+");
        }

        @ParameterizedTest
        @ValueSource(strings = { "1381234567", "138123456789", "23812345678", "0533-123456", "123456", "123456789",
                "phone" })
        void refusesOthers(String phone) {
            assertError(with(ImportColumn.PHONE, phone), ImportColumn.PHONE, "联系电话格式不正确");
        }

        @Test
        void keepsLandlinesAsDigits() {
            assertThat(with(ImportColumn.PHONE, "0533-1234567").row().phone()).isEqualTo("05331234567");
        }

        @Test
        void hintsThatExcelDroppedTheLeadingZeroOfALandline() {
            Map<ImportColumn, Cell> cells = good();
            cells.put(ImportColumn.PHONE, new Cell("5331234567", true, false, 5331234567d));
            assertError(check(cells), ImportColumn.PHONE, "开头的 0 可能被 Excel 去掉了");
        }

        @Test
        void checksTheSecondPhoneToo() {
            assertError(with(ImportColumn.PHONE2, "12"), ImportColumn.PHONE2, "备用电话格式不正确");
        }
    }

    @Nested
    @DisplayName("ID numbers (GB 11643)")
    class IdNumbers {

        @ParameterizedTest
        @ValueSource(strings = { "370303199001011239", "11010519491231002X", "11010519491231002x" })
        void acceptsEighteenCharactersWithTheRightCheckDigit(String id) {
            Checked checked = with(ImportColumn.ID_NUMBER, id);
            assertThat(checked.errors()).isEmpty();
            assertThat(checked.row().idNumber()).isEqualTo(id.toUpperCase());
        }

        @Test
        void refusesAWrongCheckDigit() {
            assertError(with(ImportColumn.ID_NUMBER, "370303199001011234"), ImportColumn.ID_NUMBER, "校验位不正确");
        }

        @ParameterizedTest
        @ValueSource(strings = { "37030319900101123", "3703031990010112390", "37030319900101123Y" })
        void refusesAnotherLength(String id) {
            assertError(with(ImportColumn.ID_NUMBER, id), ImportColumn.ID_NUMBER, "应为 18 位");
        }

        @Test
        void explainsAnIdNumberExcelStoredAsANumber() {
            Map<ImportColumn, Cell> cells = good();
            cells.put(ImportColumn.ID_NUMBER, new Cell("370303199001011000", true, false, 3.70303199001011e17));
            assertError(check(cells), ImportColumn.ID_NUMBER, "存成了数字");
        }
    }

    @Nested
    @DisplayName("Heated area: > 0, ≤ 2 decimals, ≤ 100,000 m²")
    class Areas {

        @ParameterizedTest
        @ValueSource(strings = { "0.01", "100000", "100000.00", "88.5", "1,234.50" })
        void acceptsTheLimits(String area) {
            assertThat(with(ImportColumn.HEATED_AREA, area).errors()).isEmpty();
        }

        @Test
        void refusesZero() {
            assertError(with(ImportColumn.HEATED_AREA, "0"), ImportColumn.HEATED_AREA, "须大于 0");
        }

        @Test
        void refusesANegativeArea() {
            assertError(with(ImportColumn.HEATED_AREA, "-5"), ImportColumn.HEATED_AREA, "须大于 0");
        }

        @Test
        void refusesThreeDecimals() {
            assertError(with(ImportColumn.HEATED_AREA, "10.125"), ImportColumn.HEATED_AREA, "最多两位小数");
        }

        @Test
        void refusesMoreThanAHundredThousand() {
            assertError(with(ImportColumn.HEATED_AREA, "100000.01"), ImportColumn.HEATED_AREA, "不能超过 100000");
        }

        @Test
        void refusesText() {
            assertError(with(ImportColumn.HEATED_AREA, "九十"), ImportColumn.HEATED_AREA, "须为数字");
        }
    }

    @Nested
    @DisplayName("Contract dates: yyyy-MM-dd, yyyy/M/d or an Excel date, not in the future")
    class ContractDates {

        @ParameterizedTest
        @ValueSource(strings = { "2021-03-01", "2021-3-1", "2021/3/1", "2021/03/01", "2021/3/1 0:00" })
        void acceptsTheDocumentedFormats(String date) {
            assertThat(with(ImportColumn.CONTRACT_DATE, date).row().contractDate()).isEqualTo(LocalDate.of(2021, 3, 1));
        }

        @Test
        void acceptsAnExcelDateCell() {
            Map<ImportColumn, Cell> cells = good();
            cells.put(ImportColumn.CONTRACT_DATE, new Cell("2021-03-01", true, true, 44256));
            assertThat(check(cells).row().contractDate()).isEqualTo(LocalDate.of(2021, 3, 1));
        }

        @Test
        void acceptsToday() {
            assertThat(with(ImportColumn.CONTRACT_DATE, TODAY.toString()).errors()).isEmpty();
        }

        @Test
        void refusesTomorrow() {
            assertError(with(ImportColumn.CONTRACT_DATE, TODAY.plusDays(1).toString()), ImportColumn.CONTRACT_DATE,
                    "晚于今天");
        }

        @ParameterizedTest
        @ValueSource(strings = { "2021.3.1", "20210301", "2021-02-30", "01/03/2021", "三月" })
        void refusesOtherFormatsAndImpossibleDates(String date) {
            assertError(with(ImportColumn.CONTRACT_DATE, date), ImportColumn.CONTRACT_DATE, "合同日期格式不正确");
        }

        @Test
        void refusesAPlainNumberThatIsNotFormattedAsADate() {
            Map<ImportColumn, Cell> cells = good();
            cells.put(ImportColumn.CONTRACT_DATE, new Cell("20210301", true, false, 20210301));
            assertError(check(cells), ImportColumn.CONTRACT_DATE, "合同日期格式不正确");
        }
    }

    @Nested
    class StatusAndAgreement {

        @ParameterizedTest
        @ValueSource(strings = { "用热", "报停", "未开户", "IN_SERVICE" })
        void acceptsTheThreeStatuses(String status) {
            assertThat(with(ImportColumn.STATUS, status).errors()).isEmpty();
        }

        @Test
        void refusesAnotherStatus() {
            assertError(with(ImportColumn.STATUS, "停暖"), ImportColumn.STATUS, "只能填 用热、报停 或 未开户");
        }

        @Test
        void refusesAnAgreementOtherThanYesOrNo() {
            assertError(with(ImportColumn.AGREEMENT, "已签"), ImportColumn.AGREEMENT, "只能填 是 或 否");
        }
    }

    @Nested
    @DisplayName("Agreed temperature: 5–30 °C, only with a signed agreement (R-TEMP-2)")
    class AgreedTemperature {

        Checked signedWith(String celsius) {
            Map<ImportColumn, Cell> cells = good();
            cells.put(ImportColumn.AGREEMENT, Cell.text("是"));
            cells.put(ImportColumn.AGREED_TEMPERATURE, Cell.text(celsius));
            return check(cells);
        }

        @ParameterizedTest
        @ValueSource(strings = { "5", "30", "16.5", "20℃" })
        void acceptsFiveToThirty(String celsius) {
            assertThat(signedWith(celsius).errors()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = { "4.9", "30.1", "-3" })
        void refusesOutsideFiveToThirty(String celsius) {
            assertError(signedWith(celsius), ImportColumn.AGREED_TEMPERATURE, "5–30");
        }

        @Test
        void refusesTwoDecimals() {
            assertError(signedWith("18.25"), ImportColumn.AGREED_TEMPERATURE, "最多一位小数");
        }

        @Test
        void refusesATemperatureWithoutASignedAgreement() {
            assertError(with(ImportColumn.AGREED_TEMPERATURE, "16"), ImportColumn.AGREED_TEMPERATURE, "已签供用热协议");
        }
    }
}
