package cn.heatdesk.workorders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the deadlines every {@code heatdesk.deadlines.poll-interval-ms} (1 s in application.properties) on every node; the
 * database decides which node records which breach (R-SUP-5). Switched off with
 * {@code heatdesk.deadlines.scheduler.enabled=false} (tests drive {@link DeadlineWatch} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "heatdesk.deadlines.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineScheduler {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

    private final DeadlineWatch watch;

    DeadlineScheduler(DeadlineWatch watch) {
        this.watch = watch;
    }

    @Scheduled(fixedDelayString = "${heatdesk.deadlines.poll-interval-ms:5000}",
            initialDelayString = "${heatdesk.deadlines.initial-delay-ms:1000}")
    void poll() {
        try {
            int breached = watch.poll();
            if (breached > 0) {
                log.info("recorded {} deadline breach(es)", breached);
            }
        } catch (RuntimeException e) {
            // The next poll tries again; a failing batch must not stop the scheduler.
            log.error("deadline poll failed", e);
        }
    }
}
