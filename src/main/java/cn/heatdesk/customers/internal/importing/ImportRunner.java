package cn.heatdesk.customers.internal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.ImportError;
import cn.heatdesk.customers.ImportStatus;
import cn.heatdesk.policy.domain.SeasonDates;

/**
 * Runs household imports in the background, a few at a time (a bounded pool and queue: a node is never
 * swamped and the request thread never waits). A job validates the whole file first; only a file without
 * a single error is written, in one transaction, all or nothing (R-SYS-4). Progress goes to the job table
 * every block of rows, and a heartbeat every few seconds, so that any node can answer a poll and a job
 * whose node died is seen as interrupted.
 */
@Component
public class ImportRunner implements DisposableBean {

    /** Errors kept per job for the report; all are counted. */
    public static final int MAX_STORED_ERRORS = 10_000;

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final int PROGRESS_EVERY = 5_000;

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final JdbcClient jdbc;
    private final ImportWriter writer;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService heart;
    /** Jobs this node has accepted and not finished: the heartbeat keeps them alive. */
    private final Set<Long> owned = ConcurrentHashMap.newKeySet();

    ImportRunner(ImportJobs jobs, JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions,
                 AuditTrail audit, Clock clock, @Value("${heatdesk.import.threads:2}") int threads,
                 @Value("${heatdesk.import.queue:10}") int queue) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.writer = new ImportWriter(template, jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
        AtomicInteger number = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), r -> daemon(r, "customer-import-" + number.incrementAndGet()));
        this.heart = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "customer-import-heartbeat"));
        this.heart.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** What a job needs to know about who started it. */
    public record Importer(String username, CustomerScope scope) {
    }

    /**
     * Records a QUEUED job and hands it to a worker; returns its id at once. The upload's temporary file
     * is deleted when the job ends. A full queue refuses the job (409) and nothing is recorded as running.
     */
    public long submit(ImportUpload upload, Importer importer, int season) {
        long id = jobs.create(upload.fileName(), upload.format(), upload.size(), importer.username(),
                Instant.now(clock));
        owned.add(id);
        try {
            workers.execute(() -> run(id, upload, importer, season));
        }
        catch (RejectedExecutionException e) {
            owned.remove(id);
            upload.delete();
            jobs.fail(id, "服务器正忙：排队的导入太多，请稍后再试", 0, 0, List.of(), Instant.now(clock));
            throw new ConflictException("IMPORT_QUEUE_FULL", "服务器正忙：排队的导入太多，请过几分钟再试");
        }
        return id;
    }

    private void run(long id, ImportUpload upload, Importer importer, int season) {
        try {
            execute(id, upload, importer, season);
        }
        catch (RuntimeException | Error e) {
            log.error("Import {} of {} failed unexpectedly", id, upload.fileName(), e);
            failQuietly(id, "导入过程中出现意外错误，没有导入任何数据。请稍后重试，或把文件交给管理员检查");
        }
        finally {
            owned.remove(id);
            upload.delete();
        }
    }

    private void execute(long id, ImportUpload upload, Importer importer, int season) {
        LocalDate today = LocalDate.now(clock);
        jobs.progress(id, ImportStatus.VALIDATING, 0, 0, Instant.now(clock));
        Places places = new Places(jdbc);
        HouseholdRowRules rules;
        int rows;
        ErrorCollector errors = new ErrorCollector(MAX_STORED_ERRORS);
        try (RowReader reader = upload.format().open(upload.file())) {
            HeaderMap.Result header = HeaderMap.of(reader.next());
            if (header.error() != null) {
                fail(id, header.error().message(), 0, List.of(header.error()), 1);
                return;
            }
            int estimate = reader.estimatedRows();
            rules = new HouseholdRowRules(header.header(), today);
            ImportValidation validation = new ImportValidation(jdbc, rules, places, importer.scope(), errors);
            SourceRow row;
            int reported = 0;
            while ((row = reader.next()) != null) {
                if (validation.accept(row) && validation.rows() - reported >= PROGRESS_EVERY) {
                    reported = validation.rows();
                    jobs.progress(id, ImportStatus.VALIDATING, Math.max(estimate, reported), reported,
                            Instant.now(clock));
                }
            }
            validation.finish();
            rows = validation.rows();
        }
        catch (IOException e) {
            log.info("Import {}: {} cannot be read: {}", id, upload.fileName(), e.getMessage());
            fail(id, "无法读取文件“" + upload.fileName() + "”：文件已损坏，或不是导入模板的格式。没有导入任何数据", 0,
                    List.of(new ImportError(0, null, null, "文件无法读取")), 1);
            return;
        }
        if (rows == 0) {
            fail(id, "文件中只有表头，没有数据行", 0, List.of(new ImportError(2, null, null, "文件中没有数据行")), 1);
            return;
        }
        if (errors.count() > 0) {
            String more = errors.count() > errors.kept().size()
                    ? "（报告只列出前 " + errors.kept().size() + " 处，另有 " + (errors.count() - errors.kept().size())
                    + " 处未列出）" : "";
            fail(id, "发现 " + errors.count() + " 处错误，没有导入任何数据。请按错误报告修改后重新导入" + more, rows,
                    errors.kept(), errors.count());
            return;
        }
        jobs.progress(id, ImportStatus.WRITING, rows, 0, Instant.now(clock));
        write(id, upload, importer, season, rules, places, rows);
    }

    private void write(long id, ImportUpload upload, Importer importer, int season, HouseholdRowRules rules,
                       Places places, int rows) {
        Instant at = Instant.now(clock);
        int units = places.unitsToCreate();
        AtomicInteger reported = new AtomicInteger();
        try {
            transaction.executeWithoutResult(tx -> {
                int written;
                try (RowReader reader = upload.format().open(upload.file())) {
                    reader.next();
                    written = writer.write(reader, rules, places, importer.scope(), season, importer.username(), at,
                            count -> {
                                if (count - reported.get() >= PROGRESS_EVERY) {
                                    reported.set(count);
                                    jobs.progress(id, ImportStatus.WRITING, rows, count, Instant.now(clock));
                                }
                            });
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String summary = "导入“" + upload.fileName() + "”：" + written + " 户，"
                        + SeasonDates.nameOf(season) + " 供暖季状态" + (units > 0 ? "，新建单元 " + units + " 个" : "");
                // R-SYS-3: one record for the whole import, in the same transaction as the data.
                audit.record(new AuditEntry(importer.username(), "CUSTOMERS_IMPORTED", "CUSTOMER_IMPORT",
                        String.valueOf(id), summary, null, Map.of("file", upload.fileName(), "rows", written,
                        "season", season, "unitsCreated", units, "format", upload.format().name())));
                jobs.succeed(id, written, written + " 户已导入", Instant.now(clock));
            });
        }
        catch (DuplicateKeyException e) {
            log.warn("Import {} rolled back: a duplicate appeared while writing", id, e);
            failQuietly(id, "写入时发现户号或房屋已被占用（可能有人同时录入或导入了相同的用户），已全部撤销，"
                    + "没有导入任何数据。请重新导入，系统会列出冲突的行");
        }
        catch (DataAccessException | UncheckedIOException e) {
            log.error("Import {} rolled back: database or file error while writing", id, e);
            failQuietly(id, "写入数据库时出错，已全部撤销，没有导入任何数据。请稍后重新导入；如果再次失败，请联系管理员");
        }
    }

    private void fail(long id, String message, int rows, List<ImportError> stored, int count) {
        jobs.fail(id, message, rows, count, stored, Instant.now(clock));
    }

    private void failQuietly(long id, String message) {
        try {
            jobs.fail(id, message, 0, 0, List.of(), Instant.now(clock));
        }
        catch (RuntimeException e) {
            log.error("Import {}: cannot record the failure; it will show as interrupted", id, e);
        }
    }

    private void beat() {
        try {
            jobs.beat(Set.copyOf(owned), Instant.now(clock));
        }
        catch (RuntimeException e) {
            log.warn("Import heartbeat failed: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        heart.shutdownNow();
        workers.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
