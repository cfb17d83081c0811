package cn.heatdesk.customers;

/**
 * One problem found in an import file (R-SYS-4): the row as Excel numbers it (the header is row 1; 0
 * means the file as a whole), the column's Chinese header (null when no single column is at fault), the
 * value as read, and what is wrong, in Chinese.
 */
public record ImportError(int row, String column, String value, String message) {
}
