package cn.heatdesk.customers;

import java.util.List;

/**
 * The columns of the household import template (R-SYS-4), in template order. A file's header row is
 * matched by name, in any order; the unit in brackets, spaces, a trailing {@code *} and full-width
 * brackets are ignored, so {@code 供热面积（㎡）} and {@code 供热面积} both match.
 */
public enum ImportColumn {

    ACCOUNT_NUMBER("户号", true, "3–30 位字母、数字或连字符；全系统唯一", "HD2026000001"),
    COMMUNITY("小区", true, "系统中已有的小区名称", "华润中央公园"),
    BUILDING("楼号", true, "该小区已有的楼，如 12号楼（只填 12 亦可）", "12号楼"),
    UNIT("单元", true, "单元号，如 2单元（只填 2 亦可）；该楼还没有的单元导入时自动建立", "2单元"),
    ROOM("房号", true, "最多 20 位字母、数字或连字符；同一单元内不能重复", "301"),
    OWNER_NAME("户主姓名", true, "最多 100 个字", "王建华"),
    PHONE("联系电话", true, "手机号 11 位（1 开头），或座机 0533-1234567、05331234567、7–8 位号码", "13812345678"),
    PHONE2("备用电话", false, "格式同联系电话", "0533-2345678"),
    ID_NUMBER("身份证号", false, "18 位，末位可为 X，校验位须正确（GB 11643）；请把该列设为文本格式", "370303199001011239"),
    HEATED_AREA("供热面积（㎡）", true, "大于 0，最多两位小数，不超过 100000", "98.50"),
    CONTRACT_DATE("合同日期", false, "yyyy-MM-dd、yyyy/M/d 或 Excel 日期；不能晚于今天", "2021-03-01"),
    STATUS("本季供热状态", true, "用热 / 报停 / 未开户（当前供暖季）", "用热"),
    AGREEMENT("已签供用热协议", false, "是 / 否；空白视为否", "否"),
    AGREED_TEMPERATURE("约定室温（℃）", false, "5–30 ℃，最多一位小数；只在已签供用热协议时填写", "20");

    private final String header;
    private final boolean required;
    private final String format;
    private final String example;

    ImportColumn(String header, boolean required, String format, String example) {
        this.header = header;
        this.required = required;
        this.format = format;
        this.example = example;
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** What a cell may contain, for the template's instructions and the page. */
    public String format() {
        return format;
    }

    public String example() {
        return example;
    }

    /** The columns a file must have. */
    public static List<ImportColumn> requiredColumns() {
        return java.util.Arrays.stream(values()).filter(ImportColumn::required).toList();
    }
}
