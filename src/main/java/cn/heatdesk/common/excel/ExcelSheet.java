package cn.heatdesk.common.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** One sheet of an {@link ExcelWorkbook}: a header row, then one row per call of {@link #row}. */
public final class ExcelSheet {

    /** A column's Chinese title and its width in CJK characters. */
    public record Column(String title, int widthChars) {
    }

    /** A fraction shown as a percentage (R-RATE-1's figure next to its "7/10" text). */
    public record Percent(BigDecimal value) {
    }

    /** Excel's hard limit per sheet, header included. */
    public static final int MAX_ROWS = 1_048_576;

    private final SXSSFSheet sheet;
    private final int columns;
    private final CellStyle percent;
    private CellStyle lastColumn;
    private int next;

    ExcelSheet(SXSSFSheet sheet, List<Column> columns, CellStyle header, CellStyle percent) {
        this.sheet = sheet;
        this.columns = columns.size();
        this.percent = percent;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(header);
            // Excel counts width in 1/256 of a Latin character; a Chinese character takes about two.
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars() * 2 + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    void wrapLastColumn(CellStyle style) {
        this.lastColumn = style;
    }

    /** Rows written so far, without the header. */
    public int rows() {
        return next - 1;
    }

    /** Strings as text (account numbers keep their leading zeros), numbers as numbers, null as blank. */
    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length && i < columns; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Percent p) {
                cell.setCellValue(p.value().doubleValue());
                cell.setCellStyle(percent);
            } else if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            if (lastColumn != null && i == columns - 1) {
                cell.setCellStyle(lastColumn);
            }
        }
    }
}
