package cn.heatdesk.customers.internal.web;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.customers.StatusChangeRequest;
import cn.heatdesk.customers.internal.web.CustomerApi.CustomerFileResponse;
import cn.heatdesk.customers.internal.web.CustomerApi.RevealRequest;
import cn.heatdesk.customers.internal.web.CustomerApi.RevealResponse;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Customer files over HTTP (用户档案, R-BUTLER-1, R-SYS-2). Every call is scoped to the caller's branch or
 * area by {@link CustomerFiles}: an id outside it answers exactly like an id that does not exist.
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "用户档案:搜索、档案、查看完整个人信息(记录)、供热状态变更")
class CustomerApiController {

    private static final int MAX_QUERY_LENGTH = 100;

    private final CustomerFiles files;
    private final ZoneId zone;

    CustomerApiController(CustomerFiles files, @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.files = files;
        this.zone = zone;
    }

    @GetMapping("/search")
    @Operation(summary = "Search by account number, phone (full or last four digits), owner name or address fragment")
    List<CustomerSummary> search(
            @Parameter(description = "e.g. ZD00012345, 5678, 王建华, 12号楼2单元") @RequestParam String q,
            @RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal StaffPrincipal principal) {
        if (q.strip().length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("INVALID_PARAMETER", "q", "搜索内容不能超过 " + MAX_QUERY_LENGTH + " 个字符");
        }
        return files.search(q, principal.toMember(), ApiParameters.between(limit, 1, 100, "limit"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A customer file, personal data masked; 404 for unknown ids and ids outside the caller's scope")
    CustomerFileResponse file(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return CustomerFileResponse.of(files.file(id, principal.toMember()), zone);
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "Show one personal field in full (R-SYS-2); logged with who, whose, when and why")
    RevealResponse reveal(@PathVariable long id, @Valid @RequestBody RevealRequest request,
                          @AuthenticationPrincipal StaffPrincipal principal) {
        return new RevealResponse(request.field(),
                files.reveal(id, request.field(), request.purpose(), principal.toMember()));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Change the heating status of a season (null season = the current one); kept as history")
    CustomerFileResponse changeStatus(@PathVariable long id, @RequestBody StatusChangeRequest request,
                                      @AuthenticationPrincipal StaffPrincipal principal) {
        return CustomerFileResponse.of(files.changeStatus(id, request, principal.toMember()), zone);
    }
}
