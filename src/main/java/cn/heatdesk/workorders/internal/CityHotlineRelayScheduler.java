package cn.heatdesk.workorders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the 12345 relay every {@code heatdesk.city-hotline.relay.poll-interval-ms} on every node (the database hands
 * each message to one). Off with {@code heatdesk.city-hotline.relay.enabled=false} (the test profile), and idle while
 * no callback URL is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "heatdesk.city-hotline.relay.enabled", havingValue = "true", matchIfMissing = true)
class CityHotlineRelayScheduler {

    private static final Logger log = LoggerFactory.getLogger(CityHotlineRelayScheduler.class);

    private final CityHotlineRelay relay;

    CityHotlineRelayScheduler(CityHotlineRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelayString = "${heatdesk.city-hotline.relay.poll-interval-ms:5000}",
            initialDelayString = "${heatdesk.city-hotline.relay.initial-delay-ms:2000}")
    void relay() {
        try {
            relay.relayOnce();
        } catch (RuntimeException e) {
            log.error("12345 relay run failed", e);
        }
    }
}
