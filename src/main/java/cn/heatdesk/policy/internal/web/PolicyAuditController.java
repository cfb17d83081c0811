package cn.heatdesk.policy.internal.web;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import cn.heatdesk.audit.AuditRecord;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.policy.PolicyEngine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * 操作记录 (R-SYS-3): who changed which policy when, newest first, a page at a time, with the state
 * before and after. htmx paging asks for the table alone.
 */
@Controller
class PolicyAuditController {

    static final int PAGE_SIZE = 20;
    /** The kinds of record a policy change writes; anything else shows every kind. */
    static final List<String> ENTITY_TYPES = List.of("POLICY_VERSION", "SEASON_OVERRIDE");

    private final AuditTrail audit;
    private final PolicyEngine engine;
    private final ObjectMapper json;

    PolicyAuditController(AuditTrail audit, PolicyEngine engine, ObjectMapper json) {
        this.audit = audit;
        this.engine = engine;
        this.json = json;
    }

    @GetMapping("/admin/policies/audit")
    String audit(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String type,
                 @RequestHeader(value = PolicyCalculatorController.HX_REQUEST, required = false) String htmx,
                 Model model) {
        int current = Math.max(0, page);
        String entityType = type != null && ENTITY_TYPES.contains(type) ? type : null;
        List<AuditRecord> records = audit.recent(entityType, current * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("entries", records.stream().limit(PAGE_SIZE).map(this::row).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", records.size() > PAGE_SIZE);
        model.addAttribute("type", entityType);
        model.addAttribute("types", ENTITY_TYPES);
        return htmx != null ? "policy/audit :: audit-table" : "policy/audit";
    }

    private AuditRow row(AuditRecord r) {
        return new AuditRow(r.id(), LocalDateTime.ofInstant(r.occurredAt(), engine.zone()), r.actor(), r.action(),
                r.entityType(), r.entityId(), r.summary(), indented(r.before()), indented(r.after()));
    }

    private String indented(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(text));
        }
        catch (JacksonException notJson) {
            return text;
        }
    }
}
