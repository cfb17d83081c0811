package cn.heatdesk.customers.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTest {

    @TempDir
    Path dir;

    Path save(Workbook workbook) throws IOException {
        Path file = dir.resolve("book-" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }

    static List<SourceRow> read(Path file) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (XlsxRows xlsx = XlsxRows.open(file)) {
            SourceRow row;
            while ((row = xlsx.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void readsSharedStringsNumbersAndSparseCellsByPosition() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("用户导入");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("户号");
        header.createCell(2).setCellValue("供热面积(㎡)");
        Row data = sheet.createRow(1);
        data.createCell(0).setCellValue("HD-1");
        data.createCell(2).setCellValue(88.55);
        Row phone = sheet.createRow(2);
        phone.createCell(0).setCellValue(13812345678d);
        phone.createCell(2).setCellValue(0.1 + 0.2);

        List<SourceRow> rows = read(save(workbook));

        assertThat(rows).extracting(SourceRow::number).containsExactly(1, 2, 3);
        assertThat(rows.get(0).cell(2).text()).isEqualTo("供热面积(㎡)");
        assertThat(rows.get(1).cell(1).blank()).isTrue();
        assertThat(rows.get(1).cell(2).text()).isEqualTo("88.55");
        assertThat(rows.get(2).cell(0).text()).isEqualTo("13812345678");
        assertThat(rows.get(2).cell(0).number()).isTrue();
        assertThat(rows.get(2).cell(2).text()).isEqualTo("0.3");
    }

    @Test
    @DisplayName("R-SYS-4: an Excel date cell is read as its calendar date")
    void readsDateCellsAsDates() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
        Sheet sheet = workbook.createSheet();
        org.apache.poi.ss.usermodel.Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(LocalDate.of(2021, 3, 1));
        cell.setCellStyle(date);
        sheet.getRow(0).createCell(1).setCellValue(44256);

        SourceRow row = read(save(workbook)).get(0);

        assertThat(row.cell(0).date()).isTrue();
        assertThat(row.cell(0).text()).isEqualTo("2021-03-01");
        assertThat(row.cell(1).date()).isFalse();
        assertThat(row.cell(1).text()).isEqualTo("44256");
    }

    @Test
    void readsTheInlineStringsOfAStreamedWorkbookAndSkipsBlankRows() throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        Sheet sheet = workbook.createSheet();
        sheet.createRow(0).createCell(0).setCellValue("户号");
        sheet.createRow(1).createCell(0).setCellValue(" ");
        sheet.createRow(4).createCell(1).setCellValue("华润中央公园");

        List<SourceRow> rows = read(save(workbook));
        workbook.dispose();

        assertThat(rows).extracting(SourceRow::number).containsExactly(1, 5);
        assertThat(rows.get(1).cell(1).text()).isEqualTo("华润中央公园");
    }

    @Test
    void estimatesTheRowsFromTheSheetDimension() {
        assertThat(XlsxRows.estimateFrom("A1:N100001")).isEqualTo(100_000);
        assertThat(XlsxRows.estimateFrom("A1")).isZero();
        assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "户号,小区");

        assertThatThrownBy(() -> XlsxRows.checkReadable(file)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> XlsxRows.open(file)).isInstanceOf(IOException.class);
    }
}
