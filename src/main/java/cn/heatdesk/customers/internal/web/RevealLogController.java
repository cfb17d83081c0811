package cn.heatdesk.customers.internal.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.RevealRecord;

/**
 * 个人信息查看记录 (R-SYS-2, PIPL): every full view of a phone or ID number — who, whose, which field,
 * when, for what — newest first, a page at a time. Administrators only (the web security's /admin/**).
 */
@Controller
class RevealLogController {

    static final int PAGE_SIZE = 30;

    private final CustomerFiles files;

    RevealLogController(CustomerFiles files) {
        this.files = files;
    }

    @GetMapping("/admin/personal-data-reveals")
    String reveals(@RequestParam(defaultValue = "0") int page,
                   @RequestHeader(value = Viewer.HX_REQUEST, required = false) String htmx, Model model) {
        int current = Math.max(0, page);
        List<RevealRecord> records = files.revealLog(current * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("reveals", records.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", records.size() > PAGE_SIZE);
        return htmx != null ? "customers/reveals :: reveal-table" : "customers/reveals";
    }
}
