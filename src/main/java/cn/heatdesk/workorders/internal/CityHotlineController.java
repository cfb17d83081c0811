package cn.heatdesk.workorders.internal;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.workorders.OrderDetails;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.WorkOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-SYS-1: the 12345 city hotline's interface. Authenticated by {@code X-Api-Key}, not by a staff login; the key
 * is checked before the body is read, so a caller without it learns nothing about the body's rules.
 */
@RestController
@RequestMapping("/api/v1/integrations/city-hotline/orders")
@Tag(name = "12345 city hotline", description = "12345 城市热线工单接口（X-Api-Key）")
class CityHotlineController {

    static final String KEY_HEADER = "X-Api-Key";

    private final WorkOrders workOrders;
    private final CityHotlineKey key;
    private final JsonMapper json;
    private final ZoneId zone;

    CityHotlineController(WorkOrders workOrders, CityHotlineKey key, JsonMapper json,
                          @Value("${heatdesk.zone:Asia/Shanghai}") String zone) {
        this.workOrders = workOrders;
        this.key = key;
        this.json = json;
        this.zone = ZoneId.of(zone);
    }

    /** What 12345 sends. Every field arrives as text and is checked here, naming the field at fault. */
    record OrderBody(String externalId, String receivedAt, String kind, String callerName, String callerPhone,
                     String address, String accountNumber, String description) {
    }

    record OrderReceipt(long id, String number, String status) {
    }

    record DeadlineView(String rule, OffsetDateTime due, String status) {
    }

    record BreachView(String rule, OffsetDateTime due, OffsetDateTime recordedAt, String responsibleUnit) {
    }

    record OrderStatusView(long id, String number, String status, List<DeadlineView> deadlines,
                           List<BreachView> breaches) {
    }

    @PostMapping
    @Operation(summary = "Receive a 12345 order; a repeated externalId answers 200 with the same order",
            description = "201 {id, number, status} the first time, 200 for a repeat; 400 malformed or future receivedAt; "
                    + "401 wrong or missing X-Api-Key; 503 BUSY with Retry-After when this node already works on "
                    + "heatdesk.city-hotline.max-in-flight deliveries (repeat the same delivery later).")
    ResponseEntity<?> receive(@RequestHeader(name = KEY_HEADER, required = false) String apiKey,
                              @RequestBody(required = false) String body) {
        if (!key.accepts(apiKey)) {
            return unauthorized();
        }
        // The in-flight limit (503 BUSY) was applied before the request got here: CityHotlineAdmissionFilter.
        return register(parse(body));
    }

    private ResponseEntity<?> register(OrderBody order) {
        WorkOrders.Registered registered = workOrders.receiveFromCityHotline(new WorkOrders.CityHotlineOrder(
                required(order.externalId(), "externalId", "缺少12345工单编号"), instant(order.receivedAt()),
                kind(order.kind()), order.callerName(), order.callerPhone(), order.address(), order.accountNumber(),
                required(order.description(), "description", "请填写诉求内容")));
        WorkOrder o = registered.order();
        OrderReceipt receipt = new OrderReceipt(o.id(), o.number(), o.status().name());
        if (!registered.created()) {
            return ResponseEntity.ok(receipt);
        }
        return ResponseEntity.created(URI.create("/api/v1/integrations/city-hotline/orders/" + o.externalId()))
                .body(receipt);
    }

    @GetMapping("/{externalId}")
    @Operation(summary = "Status, deadlines and breaches of a 12345 order")
    ResponseEntity<?> status(@RequestHeader(name = KEY_HEADER, required = false) String apiKey,
                             @PathVariable String externalId) {
        if (!key.accepts(apiKey)) {
            return unauthorized();
        }
        OrderDetails details = workOrders.byExternalId(externalId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + externalId + " 的12345工单"));
        WorkOrder o = details.order();
        return ResponseEntity.ok(new OrderStatusView(o.id(), o.number(), o.status().name(),
                details.deadlines().stream()
                        .map(d -> new DeadlineView(d.rule().name(), at(d.due()), d.status().name())).toList(),
                details.breaches().stream()
                        .map(b -> new BreachView(b.rule().name(), at(b.due()), at(b.recordedAt()), b.responsibleUnit()))
                        .toList()));
    }

    private ResponseEntity<ProblemDetail> unauthorized() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "缺少或错误的 X-Api-Key");
        problem.setTitle("未授权");
        problem.setProperty("code", "INVALID_API_KEY");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private OrderBody parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("MALFORMED_BODY", null, "请求体为空");
        }
        try {
            OrderBody order = json.readValue(body, OrderBody.class);
            if (order == null) {
                throw new InvalidInputException("MALFORMED_BODY", null, "请求体不是JSON对象");
            }
            return order;
        } catch (JacksonException e) {
            throw new InvalidInputException("MALFORMED_BODY", null, "请求体不是有效的JSON");
        }
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", field, message);
        }
        if (value.length() > ("externalId".equals(field) ? 64 : 2000)) {
            throw new InvalidInputException("TOO_LONG", field, "内容过长");
        }
        return value;
    }

    private static Instant instant(String text) {
        required(text, "receivedAt", "缺少受理时间");
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("INVALID_TIME", "receivedAt",
                    "受理时间须为带时区的ISO-8601时间，例如 2026-12-10T08:00:00+08:00");
        }
    }

    private static OrderKind kind(String text) {
        required(text, "kind", "缺少工单类型");
        try {
            return OrderKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_KIND", "kind", "未知的工单类型：" + text);
        }
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
