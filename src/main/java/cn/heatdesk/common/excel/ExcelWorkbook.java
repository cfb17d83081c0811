package cn.heatdesk.common.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx export (issue 3: "export any filtered list to Excel") written with POI's streaming
 * workbook: only a window of rows stays in memory, the rest goes to compressed temporary files until
 * {@link #write} zips the workbook into the response. Always {@link #close} it: that removes the files.
 */
public final class ExcelWorkbook implements Closeable {

    /** Rows kept in memory per sheet; older rows are flushed to disk. */
    static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle wrapped;

    public ExcelWorkbook() {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    /** A sheet with a frozen, filterable header row of the given columns. */
    public ExcelSheet sheet(String name, List<ExcelSheet.Column> columns) {
        return new ExcelSheet(workbook.createSheet(name), columns, header, percent);
    }

    /** A sheet of label/value lines: what was exported, by whom and when, and any note. */
    public ExcelSheet notes(String name) {
        ExcelSheet sheet = new ExcelSheet(workbook.createSheet(name),
                List.of(new ExcelSheet.Column("项目", 14), new ExcelSheet.Column("内容", 80)), header, percent);
        sheet.wrapLastColumn(wrapped);
        return sheet;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
