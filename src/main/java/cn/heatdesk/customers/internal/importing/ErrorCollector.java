package cn.heatdesk.customers.internal.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportError;

/**
 * Counts every error and keeps the first {@code limit} for the report, by row and then in template
 * column order, so that the report reads like the sheet.
 */
final class ErrorCollector {

    static final Comparator<ImportError> SHEET_ORDER = Comparator.comparingInt(ImportError::row)
            .thenComparingInt(e -> columnOrder(e.column()));

    private final int limit;
    private final List<ImportError> kept = new ArrayList<>();
    private int count;

    ErrorCollector(int limit) {
        this.limit = limit;
    }

    /** Adds the errors of a block of rows; blocks arrive in file order. */
    void addBlock(List<ImportError> errors) {
        count += errors.size();
        if (kept.size() >= limit || errors.isEmpty()) {
            return;
        }
        List<ImportError> sorted = new ArrayList<>(errors);
        sorted.sort(SHEET_ORDER);
        kept.addAll(sorted.subList(0, Math.min(sorted.size(), limit - kept.size())));
    }

    int count() {
        return count;
    }

    List<ImportError> kept() {
        return kept;
    }

    private static int columnOrder(String header) {
        for (ImportColumn column : ImportColumn.values()) {
            if (column.header().equals(header)) {
                return column.ordinal() + 1;
            }
        }
        return 0;
    }
}
