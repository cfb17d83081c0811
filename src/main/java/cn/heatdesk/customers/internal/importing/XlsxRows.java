package cn.heatdesk.customers.internal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Reads the first sheet of an .xlsx file with a pull parser over the sheet's XML, so memory stays flat
 * whatever the number of rows; only the shared strings table (the workbook's distinct texts) is held.
 * Values are the cells' stored values, never a display format: numbers stay exact and dates are told
 * apart from numbers by their cell style.
 */
final class XlsxRows implements RowReader {

    /** Excel shows and keeps 15 significant digits; more is binary noise (0.1 + 0.2). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final List<String> strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final boolean date1904;
    private int estimatedRows;
    private int lastRow;
    private boolean done;

    private XlsxRows(OPCPackage pkg, XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        this.pkg = pkg;
        this.strings = sharedStrings(reader);
        this.styles = reader.getStylesTable();
        this.date1904 = date1904(reader);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("the workbook has no sheet");
        }
        this.sheet = sheets.next();
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        this.xml = factory.createXMLStreamReader(sheet);
    }

    static XlsxRows open(Path file) throws IOException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxRows(pkg, new XSSFReader(pkg));
        }
        catch (OpenXML4JException | XMLStreamException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new IOException("cannot open the workbook: " + e.getMessage(), e);
        }
    }

    /** Cheap check at upload: the file is a workbook with at least one sheet (nothing is parsed). */
    static void checkReadable(Path file) throws IOException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("the workbook has no sheet");
            }
            sheets.next().close();
        }
        catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("cannot open the workbook: " + e.getMessage(), e);
        }
        finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    @Override
    public int estimatedRows() {
        return estimatedRows;
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            while (!done) {
                SourceRow row = readRow();
                if (row != null && !row.blank()) {
                    return row;
                }
            }
            return null;
        }
        catch (XMLStreamException | RuntimeException e) {
            throw new IOException("the sheet cannot be read after row " + lastRow + ": " + e.getMessage(), e);
        }
    }

    /** Advances to the end of the next {@code <row>}; null when the sheet data has ended. */
    private SourceRow readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "dimension" -> estimatedRows = estimateFrom(xml.getAttributeValue(null, "ref"));
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        int number = r == null ? lastRow + 1 : Integer.parseInt(r);
                        lastRow = number;
                        return new SourceRow(number, readCells());
                    }
                    default -> {
                    }
                }
            }
            else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                done = true;
                return null;
            }
        }
        done = true;
        return null;
    }

    private List<Cell> readCells() throws XMLStreamException {
        List<Cell> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnOf(ref);
                Cell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, cell);
                nextColumn = column + 1;
            }
        }
        return cells;
    }

    /** Reads one {@code <c>} to its end: {@code <v>} for stored values, {@code <is>} for inline strings. */
    private Cell readCell(String type, String style) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = xml.getElementText();
                        if (inline != null && phonetic == 0) {
                            inline.append(text);
                        }
                    }
                    default -> {
                    }
                }
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic--;
                }
                else if ("c".equals(name)) {
                    break;
                }
            }
        }
        return cell(type, style, value, inline);
    }

    private Cell cell(String type, String style, String value, StringBuilder inline) {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "inlineStr" -> Cell.text(inline == null ? value : inline.toString());
            case "s" -> value == null || value.isBlank() ? Cell.BLANK
                    : Cell.text(strings.get(Integer.parseInt(value.trim())));
            case "b" -> Cell.text("1".equals(value) ? "TRUE" : "FALSE");
            case "str", "e" -> Cell.text(value);
            case "d" -> value == null ? Cell.BLANK : new Cell(value, false, true, Double.NaN);
            default -> number(value, style);
        };
    }

    private Cell number(String value, String style) {
        if (value == null || value.isBlank()) {
            return Cell.BLANK;
        }
        String raw = value.trim();
        double number = Double.parseDouble(raw);
        String text = new BigDecimal(raw).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        boolean date = style != null && isDateStyle(Integer.parseInt(style));
        if (date && DateUtil.isValidExcelDate(number)) {
            // Keep the calendar date as text too, so that messages show what the user sees.
            text = DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString();
        }
        return new Cell(text, true, date, number);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        }
        catch (XMLStreamException e) {
            // the sheet stream is closed below either way
        }
        finally {
            sheet.close();
            pkg.revert();
        }
    }

    /** {@code AB12} → 27 (zero-based). */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** {@code A1:N100001} → 100000 data rows; a single cell or a missing reference says nothing. */
    static int estimateFrom(String reference) {
        if (reference == null || !reference.contains(":")) {
            return 0;
        }
        String last = reference.substring(reference.indexOf(':') + 1);
        String digits = last.replaceAll("[^0-9]", "");
        try {
            return digits.isEmpty() ? 0 : Math.max(0, Integer.parseInt(digits) - 1);
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The workbook's shared strings, read with the same pull parser as the sheet: POI's own table hands
     * each string out as a new rich-text object, which costs seconds over a million cells. Phonetic runs
     * ({@code <rPh>}) are not part of the text.
     */
    private static List<String> sharedStrings(XSSFReader reader) throws IOException, XMLStreamException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        }
        catch (InvalidFormatException | RuntimeException e) {
            return List.of();
        }
        if (data == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = data) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            StringBuilder text = null;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = xml.getElementText();
                            if (text != null && phonetic == 0) {
                                text.append(t);
                            }
                        }
                        default -> {
                        }
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("rPh".equals(xml.getLocalName())) {
                        phonetic--;
                    }
                    else if ("si".equals(xml.getLocalName()) && text != null) {
                        strings.add(text.toString());
                        text = null;
                    }
                }
            }
            xml.close();
        }
        return strings;
    }

    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader wb = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbook);
            try {
                while (wb.hasNext()) {
                    if (wb.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = wb.getLocalName();
                        if ("workbookPr".equals(name)) {
                            String flag = wb.getAttributeValue(null, "date1904");
                            return "1".equals(flag) || "true".equalsIgnoreCase(flag);
                        }
                        if ("sheets".equals(name)) {
                            return false;
                        }
                    }
                }
                return false;
            }
            finally {
                wb.close();
            }
        }
    }
}
