package cn.heatdesk.customers.internal.importing;

/**
 * One cell as read from a file. CSV cells are always text. An Excel number keeps its text (the number
 * rounded to Excel's 15 significant digits, without exponent or trailing zeros) and its value, and says
 * whether the cell was formatted as a date.
 */
record Cell(String text, boolean number, boolean date, double value) {

    static final Cell BLANK = new Cell("", false, false, 0);

    static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Cell(text, false, false, 0);
    }

    boolean blank() {
        return text.isBlank();
    }
}
