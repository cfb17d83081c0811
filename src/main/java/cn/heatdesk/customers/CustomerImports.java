package cn.heatdesk.customers;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.internal.importing.ImportJobs;
import cn.heatdesk.customers.internal.importing.ImportRunner;
import cn.heatdesk.customers.internal.importing.ImportSheets;
import cn.heatdesk.customers.internal.importing.ImportUpload;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * Household import from Excel (.xlsx) or CSV in the documented template (R-SYS-4). An import runs in the
 * background: {@link #start} answers at once with a QUEUED job that anyone allowed can poll from any node.
 * Every row is validated and every error reported; only a file without errors is written, all of it in
 * one transaction, with one audit record (R-SYS-3).
 *
 * <p>Decision (R-SYS-2): administrators, the market customer service department and branch dispatchers
 * import; a dispatcher only into communities of their own branch. A job is visible to whoever started it
 * and to administrators; to anybody else it does not exist.
 */
@Service
public class CustomerImports {

    public static final Set<StaffRole> IMPORTERS = Set.of(StaffRole.ADMINISTRATOR, StaffRole.MARKET_SERVICE,
            StaffRole.BRANCH_DISPATCHER);

    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final CustomerFiles files;
    private final Clock clock;

    CustomerImports(ImportRunner runner, ImportJobs jobs, CustomerFiles files, Clock clock) {
        this.runner = runner;
        this.jobs = jobs;
        this.files = files;
        this.clock = clock;
    }

    public static boolean mayImport(StaffRole role) {
        return IMPORTERS.contains(role);
    }

    /**
     * Accepts an uploaded file and queues its import. Refuses at once (400, field {@code file}) an empty
     * file, one over 50 MB, one that is not .xlsx or .csv or cannot be opened; 403 for roles that do not
     * import; 409 when too many imports are queued.
     */
    public ImportJob start(String fileName, InputStream content, StaffMember importer) {
        if (!mayImport(importer.role())) {
            throw new ForbiddenException(importer.role().label() + "无权导入用户档案");
        }
        CustomerScope scope = files.scopeOf(importer);
        int season = files.currentSeason();
        ImportUpload upload = ImportUpload.receive(fileName, content);
        long id = runner.submit(upload, new ImportRunner.Importer(importer.username(), scope), season);
        return job(id, importer);
    }

    /** The job's progress or outcome; 404 for a job that does not exist or belongs to someone else. */
    public ImportJob job(long id, StaffMember viewer) {
        return jobs.find(id, ownerFilter(viewer), Instant.now(clock))
                .orElseThrow(() -> new NotFoundException("没有找到编号为 " + id + " 的导入任务"));
    }

    /** The viewer's latest imports (an administrator's list holds everybody's), newest first. */
    public List<ImportJob> recent(StaffMember viewer, int limit) {
        return jobs.recent(ownerFilter(viewer), limit, Instant.now(clock));
    }

    /** The first {@code limit} errors of a job, in sheet order. */
    public List<ImportError> errors(long id, StaffMember viewer, int limit) {
        job(id, viewer);
        return jobs.errors(id, Math.min(Math.max(limit, 0), ImportRunner.MAX_STORED_ERRORS));
    }

    /** The job's full error report as an .xlsx workbook (row, column, value, message). */
    public void writeErrorReport(long id, StaffMember viewer, OutputStream out) {
        ImportJob job = job(id, viewer);
        ImportSheets.writeErrorReport(job, action -> jobs.forEachError(id, action), clock.getZone(), out);
    }

    public void writeTemplateXlsx(OutputStream out) {
        ImportSheets.writeTemplateXlsx(out);
    }

    public void writeTemplateCsv(OutputStream out) {
        ImportSheets.writeTemplateCsv(out);
    }

    /** The template's columns with what goes in each, for the page. */
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.values());
    }

    /** The rules of a whole file, for the page. */
    public List<String> notes() {
        return List.of(ImportSheets.NOTES);
    }

    private static String ownerFilter(StaffMember viewer) {
        return viewer.role() == StaffRole.ADMINISTRATOR ? null : viewer.username();
    }
}
