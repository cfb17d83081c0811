package cn.heatdesk.customers.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {

    @TempDir
    Path dir;

    List<SourceRow> read(byte[] bytes) throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.write(file, bytes);
        List<SourceRow> rows = new ArrayList<>();
        try (CsvRows csv = CsvRows.open(file)) {
            SourceRow row;
            while ((row = csv.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> texts(SourceRow row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<SourceRow> rows = read("户号,户主姓名,备注\r\nA1,\"张三,李四\",\"他说\"\"好\"\"\"\r\nA2,\"两\n行\",x\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(3);
        assertThat(texts(rows.get(1))).containsExactly("A1", "张三,李四", "他说\"好\"");
        assertThat(texts(rows.get(2))).containsExactly("A2", "两\n行", "x");
    }

    @Test
    @DisplayName("R-SYS-4: rows are numbered as Excel shows them, blank lines counted but not returned")
    void numbersRowsLikeExcelCountingBlankLines() throws IOException {
        List<SourceRow> rows = read("h1,h2\n\nA,\"x\ny\"\n,\nB,z".getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(SourceRow::number).containsExactly(1, 3, 5);
        assertThat(texts(rows.get(2))).containsExactly("B", "z");
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        byte[] text = "户号,小区\nA1,华润中央公园\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        List<SourceRow> rows = read(bytes);

        assertThat(texts(rows.get(0))).containsExactly("户号", "小区");
        assertThat(texts(rows.get(1))).containsExactly("A1", "华润中央公园");
    }

    @Test
    @DisplayName("R-SYS-4: a CSV saved by Excel on Chinese Windows (GBK) is read as GBK")
    void readsGbkWhenTheBytesAreNotUtf8() throws IOException {
        List<SourceRow> rows = read("户号,小区\nA1,华润中央公园\n".getBytes(Charset.forName("GBK")));

        assertThat(texts(rows.get(1))).containsExactly("A1", "华润中央公园");
    }

    @Test
    void estimatesDataRowsFromTheLineCount() throws IOException {
        Path file = dir.resolve("count.csv");
        Files.writeString(file, "h\na\nb\nc");
        try (CsvRows csv = CsvRows.open(file)) {
            assertThat(csv.estimatedRows()).isEqualTo(3);
        }
    }

    @Test
    void readsAFileWithoutAFinalLineBreakAndCarriageReturnsAlone() throws IOException {
        List<SourceRow> rows = read("a,b\rc,d".getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(CsvRowsTest::texts).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }
}
