package cn.heatdesk.workorders.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.OutboxMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R-SYS-1: administrators see what waits for or failed to reach the 12345 city hotline, and retry it. */
@RestController
@RequestMapping("/api/v1/admin/city-hotline/outbox")
@Tag(name = "12345 outbox (admin)", description = "12345 回传消息：待发送、发送失败、重试（管理员）")
class CityHotlineOutboxController {

    private final CityHotlineRelay relay;
    private final ZoneId zone;

    CityHotlineOutboxController(CityHotlineRelay relay, @Value("${heatdesk.zone:Asia/Shanghai}") String zone) {
        this.relay = relay;
        this.zone = ZoneId.of(zone);
    }

    record OutboxMessageView(long id, long orderId, String externalId, String number, int sequence, String status,
                             String reply, OffsetDateTime occurredAt, String state, int attempts,
                             OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime sentAt) {
    }

    @GetMapping
    @Operation(summary = "Messages in one state (FAILED by default, or PENDING or SENT), by order and sequence")
    List<OutboxMessageView> list(@RequestParam(defaultValue = "FAILED") OutboxMessage.State state,
                                 @RequestParam(defaultValue = "200") int limit) {
        return relay.messages(state, limit).stream().map(this::view).toList();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a FAILED message again (attempts from zero); 409 for a message that has not failed")
    OutboxMessageView retry(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return view(relay.retry(id, principal.toMember()));
    }

    private OutboxMessageView view(OutboxMessage m) {
        return new OutboxMessageView(m.id(), m.orderId(), m.externalId(), m.number(), m.sequence(), m.status(),
                m.reply(), WorkOrderApi.at(m.occurredAt(), zone), m.state().name(), m.attempts(),
                WorkOrderApi.at(m.nextAttemptAt(), zone), m.lastError(), WorkOrderApi.at(m.sentAt(), zone));
    }
}
