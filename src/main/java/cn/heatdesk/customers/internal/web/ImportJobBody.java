package cn.heatdesk.customers.internal.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import cn.heatdesk.customers.ImportJob;
import cn.heatdesk.customers.ImportStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A household import as the API returns it; times in the company's zone. */
@Schema(description = "用户导入任务：进度或结果。轮询直到 finished 为 true")
record ImportJobBody(
        long id,
        String fileName,
        @Schema(description = "QUEUED 排队中， VALIDATING 校验中， WRITING 写入中， SUCCEEDED 已完成（全部写入）， FAILED 失败（没有写入任何数据）")
        ImportStatus status,
        @Schema(description = "状态的中文名；中断的任务为“已中断”") String statusLabel,
        @Schema(description = "任务未结束，但超过 2 分钟没有心跳（所在服务器已停止）：没有写入任何数据") boolean interrupted,
        @Schema(description = "任务已结束（成功、失败或中断）") boolean finished,
        String importedBy,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        OffsetDateTime heartbeatAt,
        @Schema(description = "数据行数（不含表头）；校验结束前为估计值，0 表示未知") int totalRows,
        @Schema(description = "当前阶段已处理的行数") int processedRows,
        @Schema(description = "已导入的户数（只有成功时大于 0）") int importedRows,
        @Schema(description = "进度 0–100：校验占前一半，写入占后一半") int percent,
        @Schema(description = "发现的错误总数") int errorCount,
        @Schema(description = "错误报告中保存的错误数（最多 10000）") int storedErrors,
        String message,
        @Schema(description = "错误报告（.xlsx）的地址") String errorReport) {

    static ImportJobBody of(ImportJob job, ZoneId zone) {
        return new ImportJobBody(job.id(), job.fileName(), job.status(), job.statusLabel(), job.interrupted(),
                job.finished(), job.importedBy(), local(job.createdAt(), zone), local(job.startedAt(), zone),
                local(job.finishedAt(), zone), local(job.heartbeatAt(), zone), job.totalRows(), job.processedRows(),
                job.importedRows(), job.percent(), job.errorCount(), job.storedErrors(), job.message(),
                "/api/v1/customers/imports/" + job.id() + "/errors.xlsx");
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
