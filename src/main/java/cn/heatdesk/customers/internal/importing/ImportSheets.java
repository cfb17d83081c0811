package cn.heatdesk.customers.internal.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportError;
import cn.heatdesk.customers.ImportJob;

/** The workbooks an import hands out: the template (as .xlsx and .csv) and a job's error report. */
public final class ImportSheets {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DATA_SHEET = "用户导入";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int TEMPLATE_ROWS = 100_000;

    private ImportSheets() {
    }

    /**
     * The template: a data sheet with the headers in row 1 (required ones highlighted, each with a note
     * saying what goes in), text format for numbers that are not quantities (so Excel keeps leading zeros
     * and all 18 digits of an ID number), drop-down lists for the fixed values; and a sheet of instructions.
     */
    public static void writeTemplateXlsx(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(DATA_SHEET);
            CellStyle required = headerStyle(workbook, IndexedColors.LIGHT_ORANGE);
            CellStyle optional = headerStyle(workbook, IndexedColors.GREY_25_PERCENT);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Drawing<?> drawing = data.createDrawingPatriarch();
            Row header = data.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                int i = column.ordinal();
                org.apache.poi.ss.usermodel.Cell cell = header.createCell(i);
                cell.setCellValue(column.header());
                cell.setCellStyle(column.required() ? required : optional);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(
                        (column.required() ? "必填。" : "选填。") + column.format()));
                cell.setCellComment(comment);
                data.setColumnWidth(i, Math.max(10, column.header().length() * 2 + 4) * 256);
                switch (column) {
                    case ACCOUNT_NUMBER, BUILDING, UNIT, ROOM, PHONE, PHONE2, ID_NUMBER ->
                            data.setDefaultColumnStyle(i, text);
                    case CONTRACT_DATE -> data.setDefaultColumnStyle(i, date);
                    default -> {
                    }
                }
            }
            data.setColumnWidth(ImportColumn.ID_NUMBER.ordinal(), 22 * 256);
            data.setColumnWidth(ImportColumn.COMMUNITY.ordinal(), 18 * 256);
            data.createFreezePane(0, 1);
            DataValidationHelper validations = data.getDataValidationHelper();
            list(data, validations, ImportColumn.STATUS, "用热", "报停", "未开户");
            list(data, validations, ImportColumn.AGREEMENT, "是", "否");
            instructions(workbook, headerStyle(workbook, IndexedColors.GREY_25_PERCENT));
            workbook.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as CSV: the header line, UTF-8 with a byte order mark so that Excel opens it right. */
    public static void writeTemplateCsv(OutputStream out) {
        String header = String.join(",", Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
        try {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            out.write((header + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job's error report: row, column, value, message; then a summary sheet. Streams the rows. */
    public static void writeErrorReport(ImportJob job, Consumer<Consumer<ImportError>> errors, ZoneId zone,
                                        OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = headerStyle(workbook, IndexedColors.GREY_25_PERCENT);
            Sheet sheet = workbook.createSheet("错误报告");
            String[] headers = { "行号", "列", "内容", "错误说明" };
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
                header.getCell(i).setCellStyle(bold);
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.setColumnWidth(3, 80 * 256);
            sheet.createFreezePane(0, 1);
            int[] next = { 1 };
            errors.accept(error -> {
                Row row = sheet.createRow(next[0]++);
                if (error.row() > 0) {
                    row.createCell(0).setCellValue(error.row());
                }
                else {
                    row.createCell(0).setCellValue("整个文件");
                }
                row.createCell(1).setCellValue(error.column() == null ? "" : error.column());
                row.createCell(2).setCellValue(error.value() == null ? "" : error.value());
                row.createCell(3).setCellValue(error.message());
            });
            if (job.errorsTruncated()) {
                sheet.createRow(next[0]).createCell(3).setCellValue("另有 " + (job.errorCount() - job.storedErrors())
                        + " 处错误未列出（报告最多列出 " + job.storedErrors() + " 处），请改正后重新导入以查看其余错误");
            }
            Sheet summary = workbook.createSheet("概要");
            summary.setColumnWidth(0, 12 * 256);
            summary.setColumnWidth(1, 90 * 256);
            String[][] lines = {
                    { "文件", job.fileName() },
                    { "导入人", job.importedBy() },
                    { "上传时间", TIME.format(job.createdAt().atZone(zone)) },
                    { "状态", job.statusLabel() },
                    { "数据行数", String.valueOf(job.totalRows()) },
                    { "错误数", String.valueOf(job.errorCount()) },
                    { "说明", job.message() == null ? "" : job.message() } };
            for (int i = 0; i < lines.length; i++) {
                Row row = summary.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            workbook.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            workbook.dispose();
            try {
                workbook.close();
            }
            catch (IOException e) {
                // nothing left to release
            }
        }
    }

    private static void instructions(Workbook workbook, CellStyle bold) {
        Sheet sheet = workbook.createSheet("填写说明");
        String[] headers = { "列名", "必填", "填写要求", "示例" };
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            header.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (ImportColumn column : ImportColumn.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(column.required() ? "是" : "否");
            row.createCell(2).setCellValue(column.format());
            row.createCell(3).setCellValue(column.example());
        }
        r++;
        for (String note : NOTES) {
            sheet.createRow(r++).createCell(0).setCellValue(note);
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 6 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.setColumnWidth(3, 22 * 256);
    }

    /** The rules of the whole file, shown in the template and on the page. */
    public static final String[] NOTES = {
            "数据填在第一个工作表“" + DATA_SHEET + "”中：第 1 行是表头，从第 2 行起每行一户；列的顺序不限，模板以外的列会被忽略。",
            "全部行都正确才会导入：只要有一行有错误，整个文件都不导入，并给出逐行的错误报告（行号、列、错误说明）。",
            "小区和楼须已在系统中建立；该楼还没有的单元会在导入时自动建立。分公司调度只能导入本分公司的小区。",
            "本季供热状态登记到当前供暖季，并记入状态变更历史（原因：导入）。",
            "也可以导入 CSV 文件（逗号分隔，UTF-8 或 GBK 编码）；文件最大 50 MB。" };

    private static void list(Sheet sheet, DataValidationHelper helper, ImportColumn column, String... values) {
        CellRangeAddressList range = new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal());
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values), range);
        validation.setShowErrorBox(true);
        validation.createErrorBox("输入有误", column.header() + "只能选：" + String.join(" / ", values));
        sheet.addValidationData(validation);
    }

    private static CellStyle headerStyle(Workbook workbook, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
