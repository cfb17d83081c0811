package cn.heatdesk.customers.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.heatdesk.customers.ImportColumn;

class HeaderMapTest {

    static SourceRow header(String... names) {
        return new SourceRow(1, Arrays.stream(names).map(Cell::text).toList());
    }

    static final List<String> REQUIRED = ImportColumn.requiredColumns().stream().map(ImportColumn::header).toList();

    @Test
    void matchesHeadersIgnoringUnitsSpacesFullWidthBracketsAndRequiredMarks() {
        assertThat(HeaderMap.match("供热面积(㎡)")).isEqualTo(ImportColumn.HEATED_AREA);
        assertThat(HeaderMap.match(" 供热面积（m²） ")).isEqualTo(ImportColumn.HEATED_AREA);
        assertThat(HeaderMap.match("户号*")).isEqualTo(ImportColumn.ACCOUNT_NUMBER);
        assertThat(HeaderMap.match("约定室温")).isEqualTo(ImportColumn.AGREED_TEMPERATURE);
        assertThat(HeaderMap.match("备注")).isNull();
    }

    @Test
    @DisplayName("R-SYS-4: a header in another order maps every column to its position")
    void findsColumnsInAnyOrder() {
        List<String> reversed = new java.util.ArrayList<>(REQUIRED);
        java.util.Collections.reverse(reversed);
        HeaderMap.Result result = HeaderMap.of(header(reversed.toArray(String[]::new)));

        assertThat(result.error()).isNull();
        SourceRow row = header(reversed.toArray(String[]::new));
        assertThat(result.header().cell(row, ImportColumn.ACCOUNT_NUMBER).text()).isEqualTo("户号");
        assertThat(result.header().has(ImportColumn.PHONE2)).isFalse();
    }

    @Test
    @DisplayName("R-SYS-4: missing required columns are one error naming all of them")
    void reportsEveryMissingColumnInOneError() {
        HeaderMap.Result result = HeaderMap.of(header("户号", "户主姓名", "备注"));

        assertThat(result.header()).isNull();
        assertThat(result.error().row()).isEqualTo(1);
        assertThat(result.error().message()).startsWith("缺少必填列：小区、楼号、单元、房号、联系电话、供热面积（㎡）、本季供热状态");
    }

    @Test
    void reportsAColumnGivenTwice() {
        String[] names = new java.util.ArrayList<>(REQUIRED) {
            {
                add("户号");
            }
        }.toArray(String[]::new);

        assertThat(HeaderMap.of(header(names)).error().message()).contains("列重复出现：户号");
    }

    @Test
    void wantsTheHeaderInTheFirstRow() {
        assertThat(HeaderMap.of(new SourceRow(3, List.of(Cell.text("户号")))).error().message())
                .contains("第 1 行应为表头");
        assertThat(HeaderMap.of(null).error().message()).contains("没有任何内容");
    }
}
