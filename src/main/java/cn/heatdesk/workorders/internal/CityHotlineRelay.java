package cn.heatdesk.workorders.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.workorders.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-SYS-1: sends the outbox to the city hotline's callback URL ({@code heatdesk.city-hotline.callback-url}).
 *
 * <p>Each round claims due messages in a short transaction ({@code FOR UPDATE SKIP LOCKED}, then a lease naming this
 * node), posts them outside any transaction and records the result only while still holding the lease. Only the
 * oldest unsent message of an order is ever due, so 12345 hears of an order's changes in the order they happened. A
 * failed attempt waits 30 s, 1 min, 2 min … doubling up to 1 h; after {@code max-attempts} the message is FAILED and
 * shown to administrators, who retry it. Delivery is at least once: should a node stop after the city accepted a
 * message but before it recorded that, the message goes again when its lease runs out; the city can recognise a
 * repeat by {@code externalId} and {@code sequence}.
 */
@Component
public class CityHotlineRelay {

    static final Duration FIRST_BACK_OFF = Duration.ofSeconds(30);
    static final Duration LONGEST_BACK_OFF = Duration.ofHours(1);
    private static final String AUDIT_ENTITY = "CITY_HOTLINE_OUTBOX";
    private static final Logger log = LoggerFactory.getLogger(CityHotlineRelay.class);

    private final OutboxRepository outbox;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final String callbackUrl;
    private final String callbackKey;
    private final int maxAttempts;
    private final Duration lease;
    private final Duration timeout;
    private final int batchSize;
    private final String node;
    private final HttpClient http;

    CityHotlineRelay(OutboxRepository outbox, AuditTrail audit, PlatformTransactionManager transactionManager,
                     JsonMapper json, Clock clock, @Value("${heatdesk.zone:Asia/Shanghai}") String zone,
                     @Value("${heatdesk.city-hotline.callback-url:}") String callbackUrl,
                     @Value("${heatdesk.city-hotline.callback-key:}") String callbackKey,
                     @Value("${heatdesk.city-hotline.relay.max-attempts:10}") int maxAttempts,
                     @Value("${heatdesk.city-hotline.relay.lease:PT1M}") Duration lease,
                     @Value("${heatdesk.city-hotline.relay.timeout:PT10S}") Duration timeout,
                     @Value("${heatdesk.city-hotline.relay.batch-size:50}") int batchSize) {
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.callbackUrl = callbackUrl == null ? "" : callbackUrl.strip();
        this.callbackKey = callbackKey == null ? "" : callbackKey.strip();
        this.maxAttempts = Math.max(1, maxAttempts);
        this.lease = lease;
        this.timeout = timeout;
        this.batchSize = batchSize;
        this.node = nodeName();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The wait after the {@code failures}-th failed attempt: 30 s doubled each time, at most 1 h. */
    public static Duration backOff(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 20);
        Duration wait = FIRST_BACK_OFF.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : wait;
    }

    public boolean configured() {
        return !callbackUrl.isEmpty();
    }

    /** One relay run to the configured URL; nothing when none is configured. Returns the messages delivered. */
    public int relayOnce() {
        return configured() ? relay(URI.create(callbackUrl)) : 0;
    }

    /** Delivers every due message to {@code target}, round after round while messages fall due. */
    public int relay(URI target) {
        int delivered = 0;
        for (int round = 0; round < 100; round++) {
            Instant now = now();
            List<OutboxMessage> claimed = transactions.execute(
                    status -> outbox.claim(now, now.plus(lease), node, batchSize));
            if (claimed.isEmpty()) {
                break;
            }
            for (OutboxMessage message : claimed) {
                String error = post(target, message);
                Instant done = now();
                if (error == null) {
                    if (outbox.markSent(message.id(), node, done)) {
                        delivered++;
                    }
                    continue;
                }
                int failures = message.attempts() + 1;
                boolean giveUp = failures >= maxAttempts;
                outbox.markAttemptFailed(message.id(), node, error, done.plus(backOff(failures)), giveUp);
                if (giveUp) {
                    log.warn("12345 message {} of order {} FAILED after {} attempts: {}", message.sequence(),
                            message.number(), failures, error);
                }
            }
        }
        return delivered;
    }

    public List<OutboxMessage> messages(OutboxMessage.State state, int limit) {
        return transactions.execute(status -> outbox.inState(state, Math.min(Math.max(limit, 1), 500)));
    }

    /** An administrator sends a FAILED message again (attempts from zero); audited (R-SYS-3). */
    public OutboxMessage retry(long id, StaffMember by) {
        return transactions.execute(status -> {
            OutboxMessage message = outbox.find(id)
                    .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的12345回传消息"));
            if (!outbox.retry(id, now())) {
                throw new ConflictException("OUTBOX_NOT_FAILED", "只有发送失败的消息可以重试（当前状态：" + message.state() + "）");
            }
            audit.record(new AuditEntry(by.username(), "CITY_HOTLINE_OUTBOX_RETRIED", AUDIT_ENTITY, String.valueOf(id),
                    message.number() + " 第" + message.sequence() + "条回传消息重新发送",
                    Map.of("state", message.state().name(), "attempts", message.attempts()),
                    Map.of("state", "PENDING", "attempts", 0)));
            return outbox.find(id).orElseThrow();
        });
    }

    /** Null when the city accepted the message (2xx), else what went wrong. */
    private String post(URI target, OutboxMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", message.externalId());
        body.put("number", message.number());
        body.put("status", message.status());
        body.put("reply", message.reply());
        body.put("occurredAt", message.occurredAt().atZone(zone).toOffsetDateTime().toString());
        body.put("sequence", message.sequence());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (!callbackKey.isEmpty()) {
                request.header("X-Api-Key", callbackKey);
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID();
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
