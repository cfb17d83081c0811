package cn.heatdesk.customers;

import java.time.Instant;

/**
 * A household import as anyone polling it sees it. Progress counts data rows: {@code totalRows} is an
 * estimate while the file is still being read (0 when unknown) and exact from the end of validation on.
 *
 * @param interrupted the job has not finished but nobody has worked on it for over two minutes (its
 *                    server stopped): nothing was written, and it never will be
 * @param errorCount  every error found; only the first {@code storedErrors} are kept for the report
 */
public record ImportJob(long id, String fileName, ImportStatus status, boolean interrupted, String importedBy,
                        Instant createdAt, Instant startedAt, Instant finishedAt, Instant heartbeatAt, int totalRows,
                        int processedRows, int importedRows, int errorCount, int storedErrors, String message) {

    /** Nothing more will happen to this job: poll until this is true. */
    public boolean finished() {
        return status.finished() || interrupted;
    }

    public boolean errorsTruncated() {
        return errorCount > storedErrors;
    }

    /** The status as the page shows it, 已中断 for an interrupted job. */
    public String statusLabel() {
        return interrupted ? "已中断" : status.label();
    }

    /** 0–100 for a progress bar: validation fills the first half, writing the second. */
    public int percent() {
        if (status == ImportStatus.SUCCEEDED) {
            return 100;
        }
        if (totalRows <= 0) {
            return 0;
        }
        int share = (int) Math.min(100L, 100L * processedRows / totalRows);
        return switch (status) {
            case QUEUED -> 0;
            case VALIDATING -> share / 2;
            case WRITING -> 50 + share / 2;
            case SUCCEEDED, FAILED -> share;
        };
    }
}
