package cn.heatdesk.customers.internal.web;

import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.internal.web.CustomerApi.RevealLogBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R-SYS-2: every full view of personal data, newest first; administrators only (the API chain checks the role). */
@RestController
@RequestMapping("/api/v1/admin/personal-data-reveals")
@Tag(name = "Personal data administration", description = "个人信息查看记录(管理员)")
class RevealLogApiController {

    private final CustomerFiles files;
    private final ZoneId zone;

    RevealLogApiController(CustomerFiles files, @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.files = files;
        this.zone = zone;
    }

    @GetMapping
    @Operation(summary = "Reveal log of phones and ID numbers (who, whose, which field, when, why)")
    List<RevealLogBody> reveals(@RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) {
        return files.revealLog(ApiParameters.between(offset, 0, Integer.MAX_VALUE, "offset"),
                        ApiParameters.between(limit, 1, 500, "limit")).stream()
                .map(r -> RevealLogBody.of(r, zone)).toList();
    }
}
