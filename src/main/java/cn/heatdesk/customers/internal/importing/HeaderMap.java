package cn.heatdesk.customers.internal.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportError;

/**
 * Which file column holds which template column, matched by header name in any order. Columns the
 * template does not know (a 备注 column, say) are ignored. A missing required column or a column given
 * twice is one error for the whole file, before any row is looked at.
 */
final class HeaderMap {

    private static final Pattern UNIT_OR_MARK = Pattern.compile("[(（].*$|\\*|＊|\\s|\uFEFF");

    private final Map<ImportColumn, Integer> positions;

    private HeaderMap(Map<ImportColumn, Integer> positions) {
        this.positions = positions;
    }

    /** The header's columns, or an error naming every missing or repeated column. */
    static Result of(SourceRow header) {
        if (header == null || header.number() != 1) {
            return new Result(null, new ImportError(1, null, null,
                    "第 1 行应为表头（列名），请使用导入模板" + (header == null ? "；文件中没有任何内容" : "")));
        }
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            ImportColumn column = match(header.cell(i).text());
            if (column == null) {
                continue;
            }
            if (positions.containsKey(column)) {
                repeated.add(column.header());
            }
            else {
                positions.put(column, i);
            }
        }
        List<String> missing = ImportColumn.requiredColumns().stream()
                .filter(c -> !positions.containsKey(c))
                .map(ImportColumn::header)
                .toList();
        if (missing.isEmpty() && repeated.isEmpty()) {
            return new Result(new HeaderMap(positions), null);
        }
        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            message.append("缺少必填列：").append(String.join("、", missing));
        }
        if (!repeated.isEmpty()) {
            message.append(message.isEmpty() ? "" : "；").append("列重复出现：").append(String.join("、", repeated));
        }
        message.append("。请使用导入模板的表头（顺序不限），没有读取任何数据行");
        return new Result(null, new ImportError(1, null, null, message.toString()));
    }

    record Result(HeaderMap header, ImportError error) {
    }

    /** A header cell's column: the template name without unit, spaces or a required-mark {@code *}. */
    static ImportColumn match(String text) {
        if (text == null) {
            return null;
        }
        String name = UNIT_OR_MARK.matcher(text).replaceAll("");
        for (ImportColumn column : ImportColumn.values()) {
            if (UNIT_OR_MARK.matcher(column.header()).replaceAll("").equals(name)) {
                return column;
            }
        }
        return null;
    }

    boolean has(ImportColumn column) {
        return positions.containsKey(column);
    }

    Cell cell(SourceRow row, ImportColumn column) {
        Integer position = positions.get(column);
        return position == null ? Cell.BLANK : row.cell(position);
    }
}
