package cn.heatdesk.customers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for tests: rows of the template's columns, written as CSV or .xlsx. */
public final class ImportFiles {

    public static final List<ImportColumn> ALL = List.of(ImportColumn.values());

    private ImportFiles() {
    }

    /** One data row, by column; blank cells are left out. */
    public static final class Household {

        final Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);

        public Household set(ImportColumn column, String value) {
            cells.put(column, value);
            return this;
        }

        public String get(ImportColumn column) {
            return cells.getOrDefault(column, "");
        }

        public Household copy() {
            Household copy = new Household();
            copy.cells.putAll(cells);
            return copy;
        }
    }

    /** A valid household in {@code community}: building 7号楼, unit 1单元, the given account and room. */
    public static Household household(String account, String community, String room) {
        return new Household()
                .set(ImportColumn.ACCOUNT_NUMBER, account)
                .set(ImportColumn.COMMUNITY, community)
                .set(ImportColumn.BUILDING, "7号楼")
                .set(ImportColumn.UNIT, "1单元")
                .set(ImportColumn.ROOM, room)
                .set(ImportColumn.OWNER_NAME, "赵秀兰")
                .set(ImportColumn.PHONE, "1390000" + String.format("%04d", Math.abs(account.hashCode()) % 10000))
                .set(ImportColumn.HEATED_AREA, "88.50")
                .set(ImportColumn.CONTRACT_DATE, "2021-03-01")
                .set(ImportColumn.STATUS, "用热")
                .set(ImportColumn.AGREEMENT, "否");
    }

    public static byte[] csv(List<ImportColumn> columns, List<Household> rows, Charset charset, boolean bom) {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", columns.stream().map(ImportColumn::header).toList())).append("\r\n");
        for (Household row : rows) {
            text.append(String.join(",", columns.stream().map(c -> quote(row.get(c))).toList())).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        }
        out.writeBytes(text.toString().getBytes(charset));
        return out.toByteArray();
    }

    public static byte[] csv(List<Household> rows) {
        return csv(ALL, rows, java.nio.charset.StandardCharsets.UTF_8, false);
    }

    /** A workbook whose first sheet has the headers in row 1 and every cell as text. */
    public static byte[] xlsx(List<ImportColumn> columns, List<Household> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("用户导入");
            fill(sheet, columns, rows, 0);
            return bytes(workbook);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header (when {@code firstRow} is 0) and the rows as text cells. */
    public static void fill(Sheet sheet, List<ImportColumn> columns, List<Household> rows, int firstRow) {
        int r = firstRow;
        if (firstRow == 0) {
            Row header = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
            }
        }
        for (Household household : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                String value = household.get(columns.get(i));
                if (!value.isEmpty()) {
                    row.createCell(i).setCellValue(value);
                }
            }
        }
    }

    public static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    public static List<ImportColumn> without(ImportColumn... dropped) {
        List<ImportColumn> columns = new ArrayList<>(ALL);
        columns.removeAll(Arrays.asList(dropped));
        return columns;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
