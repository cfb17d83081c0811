package cn.heatdesk.customers.internal.importing;

import java.util.List;

/** A row of the file: its number as Excel shows it (the header is 1) and its cells by column position. */
record SourceRow(int number, List<Cell> cells) {

    Cell cell(int column) {
        return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column) : Cell.BLANK;
    }

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.blank());
    }
}
