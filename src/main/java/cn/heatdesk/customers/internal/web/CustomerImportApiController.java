package cn.heatdesk.customers.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.customers.CustomerImports;
import cn.heatdesk.customers.ImportError;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Household import over HTTP (R-SYS-4): upload, poll, error report, template. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customer import", description = "用户档案导入：Excel（.xlsx）或 CSV，全部正确才写入，否则给出逐行错误报告")
class CustomerImportApiController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CustomerImports imports;
    private final ZoneId zone;

    CustomerImportApiController(CustomerImports imports, @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.imports = imports;
        this.zone = zone;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start a household import (R-SYS-4)", description = """
            上传导入模板格式的 .xlsx 或 .csv 文件（字段名 file，最大 50 MB），立即返回 202 和排队中的任务；\
            导入在后台进行，用 GET /api/v1/customers/imports/{id} 轮询进度。\
            角色：系统管理员、市场客服部、分公司调度（只能导入本分公司的小区）。""")
    @ApiResponse(responseCode = "202", description = "已接收，任务排队中")
    @ApiResponse(responseCode = "400", description = "文件为空、超过 50 MB、不是 .xlsx/.csv 或无法读取（code、field=file）")
    @ApiResponse(responseCode = "403", description = "当前角色不能导入")
    @ApiResponse(responseCode = "409", description = "排队的导入太多，请稍后再试")
    ResponseEntity<ImportJobBody> start(@RequestPart("file") MultipartFile file,
                                        @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember importer = staff(principal);
        ImportJobBody job;
        try {
            job = ImportJobBody.of(imports.start(file.getOriginalFilename(), file.getInputStream(), importer), zone);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/customers/imports/" + job.id())).body(job);
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "Progress or outcome of an import", description = "管理员可查看所有任务，其他人只能查看自己的（否则 404）")
    ImportJobBody job(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return ImportJobBody.of(imports.job(id, staff(principal)), zone);
    }

    @GetMapping("/imports/{id}/errors")
    @Operation(summary = "The first errors of an import, in sheet order")
    List<ImportError> errors(@PathVariable long id,
                             @Parameter(description = "最多返回多少条（≤ 10000）") @RequestParam(defaultValue = "100") int limit,
                             @AuthenticationPrincipal StaffPrincipal principal) {
        return imports.errors(id, staff(principal), limit);
    }

    @GetMapping(path = "/imports/{id}/errors.xlsx")
    @Operation(summary = "The row-by-row error report as an Excel workbook")
    ResponseEntity<byte[]> errorReport(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember viewer = staff(principal);
        return download(out -> imports.writeErrorReport(id, viewer, out), XLSX, "导入错误报告-" + id + ".xlsx");
    }

    @GetMapping("/import-template.xlsx")
    @Operation(summary = "The import template as an Excel workbook, with instructions")
    ResponseEntity<byte[]> templateXlsx() {
        return download(imports::writeTemplateXlsx, XLSX, "用户导入模板.xlsx");
    }

    @GetMapping("/import-template.csv")
    @Operation(summary = "The import template as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> templateCsv() {
        return download(imports::writeTemplateCsv, CSV, "用户导入模板.csv");
    }

    static ResponseEntity<byte[]> download(Consumer<ByteArrayOutputStream> writer, MediaType type, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    static StaffMember staff(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("无法识别当前登录的员工账号");
        }
        return principal.toMember();
    }
}
