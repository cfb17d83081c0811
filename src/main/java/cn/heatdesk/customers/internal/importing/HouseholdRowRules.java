package cn.heatdesk.customers.internal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportError;

/**
 * R-SYS-4: the rules one row must meet on its own, every one checked so that a row reports all its
 * problems at once. Messages are for the person who filled in the sheet, in Chinese, and say how to put
 * it right. Time is a parameter: today decides which contract dates lie in the future.
 */
final class HouseholdRowRules {

    static final BigDecimal MAX_AREA_M2 = new BigDecimal("100000");
    static final BigDecimal MIN_CELSIUS = new BigDecimal("5");
    static final BigDecimal MAX_CELSIUS = new BigDecimal("30");

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9-]{3,30}");
    private static final Pattern ROOM = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    /** Area code (3–4 digits starting with 0), an optional hyphen, a 7–8 digit number. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern LOCAL = Pattern.compile("\\d{7,8}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_CONTRACT = LocalDate.of(1950, 1, 1);

    private final HeaderMap header;
    private final LocalDate today;

    HouseholdRowRules(HeaderMap header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /**
     * The row with every valid cell; a cell that breaks a rule is null in it and its error is added to
     * {@code errors}. Valid fields still serve the checks across rows (a repeated account number is reported
     * even on a row whose phone is wrong).
     */
    HouseholdRow check(SourceRow source, List<ImportError> errors) {
        Checker c = new Checker(source, errors);
        String account = c.text(ImportColumn.ACCOUNT_NUMBER, 30);
        if (account != null && !ACCOUNT.matcher(account).matches()) {
            c.error(ImportColumn.ACCOUNT_NUMBER, account, "户号只能由字母、数字或连字符组成，长度 3–30 位");
            account = null;
        }
        String community = c.text(ImportColumn.COMMUNITY, 100);
        String building = c.text(ImportColumn.BUILDING, 40);
        String unit = c.text(ImportColumn.UNIT, 40);
        String room = c.text(ImportColumn.ROOM, 40);
        if (room != null) {
            room = room.endsWith("室") ? room.substring(0, room.length() - 1) : room;
            if (!ROOM.matcher(room).matches()) {
                c.error(ImportColumn.ROOM, room, "房号只能由字母、数字或连字符组成，最多 20 位，如 301 或 1-301");
                room = null;
            }
        }
        String owner = c.text(ImportColumn.OWNER_NAME, 100);
        String phone = c.phone(ImportColumn.PHONE);
        String phone2 = c.phone(ImportColumn.PHONE2);
        String idNumber = c.idNumber();
        BigDecimal area = c.area();
        LocalDate contract = c.contractDate();
        HeatingStatus status = c.status();
        Boolean agreement = c.agreement();
        BigDecimal celsius = c.agreedCelsius(Boolean.TRUE.equals(agreement));
        return new HouseholdRow(source.number(), account, community, building, unit, room, owner, phone, phone2,
                idNumber, area, contract, status, Boolean.TRUE.equals(agreement), celsius);
    }

    /** GB 11643-1999: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits. */
    static boolean hasValidCheckDigit(String id) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }

    /** Digits only, or null when the text is not a mobile, a landline with area code or a local number. */
    static String phoneDigits(String text) {
        String compact = text.replaceAll("[\\s()（）]", "");
        if (MOBILE.matcher(compact).matches() || LANDLINE.matcher(compact).matches()
                || LOCAL.matcher(compact).matches()) {
            return compact.replace("-", "");
        }
        return null;
    }

    /** One row's checks, adding to the shared error list. */
    private final class Checker {

        private final SourceRow source;
        private final List<ImportError> errors;

        Checker(SourceRow source, List<ImportError> errors) {
            this.source = source;
            this.errors = errors;
        }

        void error(ImportColumn column, String value, String message) {
            errors.add(new ImportError(source.number(), column.header(), clip(value), message));
        }

        Cell cell(ImportColumn column) {
            return header.cell(source, column);
        }

        /** Trimmed text, null when blank; blank required cells and over-long text are errors. */
        String text(ImportColumn column, int maxLength) {
            Cell cell = cell(column);
            String text = clean(cell.text());
            if (text.isEmpty()) {
                if (column.required()) {
                    error(column, null, column.header() + "为必填项，不能为空");
                }
                return null;
            }
            if (cell.date()) {
                error(column, text, column.header() + "被 Excel 识别成了日期（" + text
                        + "），请把该列设为“文本”格式后重新填写");
                return null;
            }
            if (text.length() > maxLength) {
                error(column, text, column.header() + "最多 " + maxLength + " 个字");
                return null;
            }
            return text;
        }

        String phone(ImportColumn column) {
            Cell cell = cell(column);
            String text = text(column, 40);
            if (text == null) {
                return null;
            }
            String digits = phoneDigits(text);
            if (digits == null) {
                String hint = cell.number() && !text.startsWith("1")
                        ? "；座机区号开头的 0 可能被 Excel 去掉了，请把该列设为“文本”格式" : "";
                error(column, text, column.header()
                        + "格式不正确：应为 11 位手机号（1 开头），或座机如 0533-1234567、05331234567、7–8 位号码" + hint);
            }
            return digits;
        }

        String idNumber() {
            Cell cell = cell(ImportColumn.ID_NUMBER);
            String text = text(ImportColumn.ID_NUMBER, 40);
            if (text == null) {
                return null;
            }
            if (cell.number()) {
                error(ImportColumn.ID_NUMBER, text,
                        "身份证号被 Excel 存成了数字，末几位已经丢失；请把该列设为“文本”格式后重新填写");
                return null;
            }
            String id = text.toUpperCase();
            if (!ID_NUMBER.matcher(id).matches()) {
                error(ImportColumn.ID_NUMBER, text, "身份证号应为 18 位：前 17 位是数字，末位是数字或 X");
                return null;
            }
            if (!hasValidCheckDigit(id)) {
                error(ImportColumn.ID_NUMBER, text, "身份证号校验位不正确，请核对号码（GB 11643）");
                return null;
            }
            return id;
        }

        BigDecimal area() {
            String text = text(ImportColumn.HEATED_AREA, 40);
            if (text == null) {
                return null;
            }
            BigDecimal area = decimal(text.replace(",", "").replace("㎡", "").replace("m²", ""));
            if (area == null) {
                error(ImportColumn.HEATED_AREA, text, "供热面积须为数字，如 98.5");
            }
            else if (area.signum() <= 0) {
                error(ImportColumn.HEATED_AREA, text, "供热面积须大于 0");
            }
            else if (area.stripTrailingZeros().scale() > 2) {
                error(ImportColumn.HEATED_AREA, text, "供热面积最多两位小数");
            }
            else if (area.compareTo(MAX_AREA_M2) > 0) {
                error(ImportColumn.HEATED_AREA, text, "供热面积不能超过 100000 ㎡，请核对");
            }
            else {
                return area.setScale(2);
            }
            return null;
        }

        LocalDate contractDate() {
            Cell cell = cell(ImportColumn.CONTRACT_DATE);
            String text = clean(cell.text());
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = cell.date() ? parseDate(text.substring(0, Math.min(10, text.length())))
                    : cell.number() ? null : parseDate(text);
            if (date == null) {
                error(ImportColumn.CONTRACT_DATE, text, "合同日期格式不正确：应为 yyyy-MM-dd（如 2021-03-01）、"
                        + "yyyy/M/d（如 2021/3/1）或 Excel 日期");
                return null;
            }
            if (date.isAfter(today)) {
                error(ImportColumn.CONTRACT_DATE, text, "合同日期 " + date + " 晚于今天（" + today + "），请核对");
                return null;
            }
            if (date.isBefore(EARLIEST_CONTRACT)) {
                error(ImportColumn.CONTRACT_DATE, text, "合同日期 " + date + " 早于 1950 年，请核对");
                return null;
            }
            return date;
        }

        HeatingStatus status() {
            String text = text(ImportColumn.STATUS, 40);
            if (text == null) {
                return null;
            }
            HeatingStatus status = HeatingStatus.parse(text);
            if (status == null) {
                error(ImportColumn.STATUS, text, "本季供热状态只能填 用热、报停 或 未开户");
            }
            return status;
        }

        /** null when the cell is invalid (already reported). */
        Boolean agreement() {
            String text = text(ImportColumn.AGREEMENT, 40);
            if (text == null) {
                return false;
            }
            return switch (text.toUpperCase()) {
                case "是", "TRUE" -> true;
                case "否", "FALSE" -> false;
                default -> {
                    error(ImportColumn.AGREEMENT, text, "已签供用热协议只能填 是 或 否（空白视为否）");
                    yield null;
                }
            };
        }

        BigDecimal agreedCelsius(boolean agreementSigned) {
            String text = text(ImportColumn.AGREED_TEMPERATURE, 40);
            if (text == null) {
                return null;
            }
            BigDecimal celsius = decimal(text.replace("℃", "").replace("°C", "").replace("°", ""));
            if (celsius == null) {
                error(ImportColumn.AGREED_TEMPERATURE, text, "约定室温须为数字，如 20");
            }
            else if (celsius.compareTo(MIN_CELSIUS) < 0 || celsius.compareTo(MAX_CELSIUS) > 0) {
                error(ImportColumn.AGREED_TEMPERATURE, text, "约定室温须在 5–30 ℃ 之间");
            }
            else if (celsius.stripTrailingZeros().scale() > 1) {
                error(ImportColumn.AGREED_TEMPERATURE, text, "约定室温最多一位小数");
            }
            else if (!agreementSigned) {
                // R-TEMP-2 / R-RATE-3: an agreed temperature only exists in a signed agreement.
                error(ImportColumn.AGREED_TEMPERATURE, text, "只有已签供用热协议（填“是”）时才能填写约定室温");
            }
            else {
                return celsius.setScale(1);
            }
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate parseDate(String text) {
        // Excel's CSV export writes a date-time column as "2021/3/1 0:00": the time is not part of the date.
        String date = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
        for (DateTimeFormatter format : List.of(DASHED, SLASHED)) {
            try {
                return LocalDate.parse(date, format);
            }
            catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** Trims every kind of space Excel and Word leave behind, including no-break and full-width ones. */
    static String clean(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').strip();
    }

    static String clip(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 197) + "…";
    }
}
