package cn.heatdesk.assessment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.heatdesk.assessment.AssessmentTable;
import cn.heatdesk.assessment.domain.AssessmentLine;
import cn.heatdesk.common.excel.ExcelSheet;
import cn.heatdesk.common.excel.ExcelSheet.Column;
import cn.heatdesk.common.excel.ExcelSheet.Percent;
import cn.heatdesk.common.excel.ExcelWorkbook;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.workorders.domain.Period;

/**
 * The 考核 table as Excel (R-SUP-6): a sheet per person, a sheet per unit, and a note of what was exported, by
 * whom and when. Each share is written as its two counts and as a percentage, so the sheet can be checked by hand.
 */
public final class AssessmentExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AssessmentExport() {
    }

    public static String filename(Period period) {
        return "考核_" + period.from() + "_" + period.to() + ".xlsx";
    }

    public static void write(AssessmentTable table, String exportedBy, Instant at, OutputStream out) throws IOException {
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            lines(workbook.sheet("个人考核", columns("人员")), table.people());
            List<AssessmentLine> units = new ArrayList<>(table.units());
            units.add(table.total());
            lines(workbook.sheet("单位考核", columns("供热片区")), units);
            ExcelSheet notes = workbook.notes("说明");
            notes.row("统计期间", table.period().toString());
            notes.row("导出人", exportedBy);
            notes.row("导出时间", LocalDateTime.ofInstant(at, table.period().zone())
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            notes.row("口径", "受理工单按受理时间、超时按记录时间、回访按回访时间计入期间；已取消的工单不计。"
                    + "满意率 = 满意次数 ÷ 接通次数。工单和回访计入当前处理人及其片区，超时计入记录的责任人及片区。");
            workbook.write(out);
        }
    }

    private static List<Column> columns(String who) {
        List<Column> columns = new ArrayList<>(List.of(new Column(who, 14), new Column("分公司", 10),
                new Column("受理工单", 5)));
        for (DeadlineRule rule : DeadlineRule.values()) {
            columns.add(new Column("超时：" + rule.label(), 7));
        }
        columns.addAll(List.of(new Column("超时合计", 5), new Column("确认投诉", 5), new Column("未按规定告知", 6),
                new Column("回访次数", 5), new Column("接通次数", 5), new Column("满意次数", 5),
                new Column("满意率（满意/接通）", 9), new Column("满意率", 6)));
        return columns;
    }

    private static void lines(ExcelSheet sheet, List<AssessmentLine> lines) {
        for (AssessmentLine l : lines) {
            List<Object> values = new ArrayList<>(List.of(l.name(), l.unitName() == null ? "" : l.unitName(), l.orders()));
            for (DeadlineRule rule : DeadlineRule.values()) {
                values.add(l.breachesOf(rule));
            }
            values.addAll(List.of(l.totalBreaches(), l.confirmedComplaints(), l.nonNotifications(), l.callbacks(),
                    l.reached().numerator(), l.satisfaction().numerator(), l.satisfaction().toString()));
            values.add(l.satisfaction().defined() ? new Percent(l.satisfaction().value()) : "—");
            sheet.row(values.toArray());
        }
    }
}
