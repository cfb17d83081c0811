package cn.heatdesk.workorders.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * R-SYS-1 in a burst: at most {@code heatdesk.city-hotline.max-in-flight} 12345 deliveries are worked on at once on
 * this node; one more is answered 503 {@code BUSY} with {@code Retry-After} at once, and 12345 repeats it (its
 * deliveries are idempotent by {@code externalId}).
 * <p>
 * Measured (docs/benchmarks.md): without a limit, deliveries beyond what the node can register waited for a thread
 * and a database connection until the caller timed out, and the node completed fewer orders than at its knee while
 * the staff pages waited behind them. The limit keeps each admitted delivery fast and the rest cheap to refuse.
 */
@Component
public class IntakeAdmission {

    private static final Logger log = LoggerFactory.getLogger(IntakeAdmission.class);

    private final int limit;
    private final Semaphore inFlight;
    private final AtomicLong refused = new AtomicLong();

    @Autowired
    IntakeAdmission(@Value("${heatdesk.city-hotline.max-in-flight:64}") int limit, ObjectProvider<MeterRegistry> meters) {
        this(limit);
        // For operations (Prometheus at /actuator/prometheus): refusals since start and deliveries in flight.
        meters.ifAvailable(registry -> {
            FunctionCounter.builder("heatdesk.city.hotline.intake.refused", refused, AtomicLong::get)
                    .description("12345 deliveries answered 503 BUSY by the in-flight limit").register(registry);
            Gauge.builder("heatdesk.city.hotline.intake.in.flight", this, a -> a.limit - a.inFlight.availablePermits())
                    .description("12345 deliveries being worked on").register(registry);
        });
    }

    IntakeAdmission(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("heatdesk.city-hotline.max-in-flight must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.inFlight = new Semaphore(limit);
    }

    /** A place for one delivery, or false when {@code limit} are in flight already; pair every true with {@link #leave}. */
    public boolean tryEnter() {
        if (inFlight.tryAcquire()) {
            return true;
        }
        long total = refused.incrementAndGet();
        if (total == 1 || total % 1000 == 0) {
            log.warn("12345 intake busy: {} deliveries in flight on this node, {} refused with 503 since start", limit,
                    total);
        }
        return false;
    }

    public void leave() {
        inFlight.release();
    }

    /** Deliveries refused since this node started. */
    public long refused() {
        return refused.get();
    }
}
