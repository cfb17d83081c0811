package cn.heatdesk.customers.internal.export;

import java.util.List;
import java.util.function.Function;

import cn.heatdesk.customers.HeatingRates.CommunityRate;
import cn.heatdesk.customers.HeatingRates.UnitRate;
import cn.heatdesk.common.excel.ExcelSheet;
import cn.heatdesk.common.excel.ExcelSheet.Column;
import cn.heatdesk.common.excel.ExcelWorkbook;
import cn.heatdesk.common.excel.ExcelSheet.Percent;

/**
 * 用热率 as two sheets, communities and units, each rate with numerator and denominator beside the
 * percentage (R-RATE-1) and what follows from it (R-RATE-2..4).
 */
public final class HeatingRatesExport {

    private HeatingRatesExport() {
    }

    /** {@code words} turns a message key (enum.UnitStandard.STANDARD_18C) into the page's Chinese words. */
    public static void write(ExcelWorkbook workbook, List<CommunityRate> communities, List<UnitRate> units,
                             Function<String, String> words) {
        ExcelSheet c = workbook.sheet("小区用热率", List.of(new Column("分公司", 10), new Column("供热片区", 10),
                new Column("小区", 12), new Column("用热户数", 5), new Column("总户数", 5), new Column("用热率（户数）", 8),
                new Column("用热率", 6), new Column("是否应当供热（25%）", 22)));
        for (CommunityRate r : communities) {
            c.row(r.branchName(), r.areaName(), r.communityName(), r.rate().numerator(), r.rate().denominator(),
                    r.rate().toString(), new Percent(r.rate().value()),
                    words.apply("enum.CommunitySupply." + r.supply()));
        }
        ExcelSheet u = workbook.sheet("单元用热率", List.of(new Column("小区", 12), new Column("楼", 6),
                new Column("单元", 5), new Column("符合第二十二条条件", 8), new Column("用热户数", 5), new Column("总户数", 5),
                new Column("用热率（户数）", 8), new Column("用热率", 6), new Column("应保证的室温（30%/70%）", 30)));
        for (UnitRate r : units) {
            u.row(r.communityName(), r.buildingName(), r.unitName(), r.article22ConditionsMet() ? "是" : "否",
                    r.rate().numerator(), r.rate().denominator(), r.rate().toString(), new Percent(r.rate().value()),
                    words.apply("enum.UnitStandard." + r.standard()));
        }
    }
}
