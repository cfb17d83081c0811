package cn.heatdesk.customers.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.CustomerImports;
import cn.heatdesk.customers.ImportJob;
import cn.heatdesk.customers.ImportStatus;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * 导入用户档案 (R-SYS-4): upload a file, watch its progress, read the errors. The job box polls itself
 * with htmx every second until the job has finished; without JavaScript the upload posts the whole page
 * and lands on the job's own address, which shows the state of the moment.
 */
@Controller
@RequestMapping("/customers/import")
class CustomerImportPageController {

    static final String VIEW = "customers/import";
    static final String JOB_FRAGMENT = VIEW + " :: job";
    static final String HX_REQUEST = "HX-Request";
    /** Errors shown on the page; the downloadable report has them all (up to the stored limit). */
    static final int SHOWN_ERRORS = 100;
    static final int RECENT_JOBS = 10;

    private final CustomerImports imports;
    private final ZoneId zone;

    CustomerImportPageController(CustomerImports imports, @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.imports = imports;
        this.zone = zone;
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return fullPage(importer(principal), null, model);
    }

    /** The job's page, or for htmx (the poll) the job box alone. */
    @GetMapping("/{id}")
    String job(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal,
               @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        StaffMember staff = importer(principal);
        ImportJob job = imports.job(id, staff);
        if (htmx != null) {
            addJob(job, staff, model);
            return JOB_FRAGMENT;
        }
        return fullPage(staff, job, model);
    }

    /**
     * Starts an import. The file is read here rather than bound as a parameter, so that a file over the
     * limit is answered in the job box like any other bad upload instead of an error page.
     */
    @PostMapping
    String upload(HttpServletRequest request, HttpServletResponse response,
                  @AuthenticationPrincipal StaffPrincipal principal,
                  @RequestHeader(value = HX_REQUEST, required = false) String htmx, Model model) {
        StaffMember staff = importer(principal);
        ImportJob job;
        try {
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            MultipartFile file = multipart == null ? null : multipart.getFile("file");
            if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
                return refused(staff, htmx, model, "请选择要导入的 .xlsx 或 .csv 文件");
            }
            job = imports.start(file.getOriginalFilename(), file.getInputStream(), staff);
        }
        catch (MaxUploadSizeExceededException e) {
            return refused(staff, htmx, model, "文件超过 50 MB，请拆分成几个文件分批导入");
        }
        catch (MultipartException e) {
            return refused(staff, htmx, model, "文件没有上传成功，请重新选择文件再试");
        }
        catch (InvalidInputException | ConflictException e) {
            return refused(staff, htmx, model, e.getMessage());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (htmx == null) {
            return "redirect:/customers/import/" + job.id();
        }
        // The address bar follows the job, so that a reload keeps showing it.
        response.setHeader("HX-Push-Url", request.getContextPath() + "/customers/import/" + job.id());
        addJob(job, staff, model);
        return JOB_FRAGMENT;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(@AuthenticationPrincipal StaffPrincipal principal) {
        importer(principal);
        return CustomerImportApiController.download(imports::writeTemplateXlsx, CustomerImportApiController.XLSX,
                "用户导入模板.xlsx");
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> templateCsv(@AuthenticationPrincipal StaffPrincipal principal) {
        importer(principal);
        return CustomerImportApiController.download(imports::writeTemplateCsv, CustomerImportApiController.CSV,
                "用户导入模板.csv");
    }

    @GetMapping("/{id}/errors.xlsx")
    ResponseEntity<byte[]> errorReport(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember staff = importer(principal);
        return CustomerImportApiController.download(out -> imports.writeErrorReport(id, staff, out),
                CustomerImportApiController.XLSX, "导入错误报告-" + id + ".xlsx");
    }

    private String refused(StaffMember staff, String htmx, Model model, String message) {
        model.addAttribute("uploadError", message);
        return htmx != null ? JOB_FRAGMENT : fullPage(staff, null, model);
    }

    private String fullPage(StaffMember staff, ImportJob job, Model model) {
        model.addAttribute("columns", imports.columns());
        model.addAttribute("notes", imports.notes());
        model.addAttribute("recent", imports.recent(staff, RECENT_JOBS));
        model.addAttribute("zone", zone);
        if (job != null) {
            addJob(job, staff, model);
        }
        return VIEW;
    }

    private void addJob(ImportJob job, StaffMember staff, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("zone", zone);
        if (job.status() == ImportStatus.FAILED && job.storedErrors() > 0) {
            model.addAttribute("errors", imports.errors(job.id(), staff, SHOWN_ERRORS));
        }
    }

    /** R-SYS-2: only the roles that import see this page (403 for others, as for any page they may not use). */
    private static StaffMember importer(StaffPrincipal principal) {
        if (principal == null || !CustomerImports.mayImport(principal.getRole())) {
            throw new AccessDeniedException("customer import is for administrators, market service and dispatchers");
        }
        return principal.toMember();
    }
}
