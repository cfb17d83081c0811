package cn.heatdesk.customers.internal.export;

import java.util.List;
import java.util.function.Function;

import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.common.excel.ExcelSheet;
import cn.heatdesk.common.excel.ExcelSheet.Column;
import cn.heatdesk.common.excel.ExcelWorkbook;

/** The search results sheet: one row per customer, phones masked as on the page (R-SYS-2). */
public final class SearchResultsExport {

    private final ExcelSheet sheet;
    private final Function<String, String> words;

    /** {@code words} turns a message key (enum.CustomerKind.RESIDENTIAL) into the page's Chinese word. */
    public SearchResultsExport(ExcelWorkbook workbook, String seasonName, Function<String, String> words) {
        this.words = words;
        this.sheet = workbook.sheet("查询结果", List.of(new Column("户号", 10), new Column("户主/单位", 10),
                new Column("联系电话（已隐藏）", 9), new Column("地址", 24), new Column("供热片区", 10),
                new Column("管家", 7), new Column("用户类型", 6), new Column(seasonName + " 供暖季状态", 9)));
    }

    public void add(CustomerSummary c) {
        sheet.row(c.accountNumber(), c.ownerName(), c.maskedPhone(), c.address(), c.areaName(),
                "管家" + c.butlerNumber() + "号", words.apply("enum.CustomerKind." + c.kind()), status(c.status()));
    }

    public int rows() {
        return sheet.rows();
    }

    private static String status(HeatingStatus status) {
        return status == null ? "未登记" : status.label();
    }
}
