package cn.heatdesk.workorders;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.random.RandomGenerator;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import cn.heatdesk.workorders.domain.SpotCheckSampler;
import cn.heatdesk.workorders.internal.SpotCheckDraw;

/** A clock the tests move by hand, a gateway that remembers every escalation and warning, a scripted spot-check draw. */
@TestConfiguration(proxyBeanMethods = false)
public class WorkOrderTestConfig {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Clock.systemUTC().instant(), ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    @Primary
    RecordingEscalations recordingEscalations() {
        return new RecordingEscalations();
    }

    /** R-SUP-2: the real sampler at 10 %, drawing from {@link ScriptedRandom} (never selects unless told to). */
    @Bean
    @Primary
    SpotCheckDraw scriptedSpotCheckDraw(ScriptedRandom random) {
        return new SpotCheckDraw(SpotCheckSampler.ofPercent(java.math.BigDecimal.TEN), random);
    }

    @Bean
    ScriptedRandom scriptedRandom() {
        return new ScriptedRandom();
    }

    /**
     * Answers {@code nextInt(bound)} with the values a test queued, else {@code bound - 1} (the highest draw, which a
     * share below 100 % never selects).
     */
    public static class ScriptedRandom implements RandomGenerator {

        private final Deque<Integer> next = new ConcurrentLinkedDeque<>();
        public final List<Integer> bounds = new CopyOnWriteArrayList<>();

        public void willDraw(int value) {
            next.add(value);
        }

        @Override
        public int nextInt(int bound) {
            bounds.add(bound);
            Integer value = next.poll();
            return value == null ? bound - 1 : value;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("the spot-check sampler draws with nextInt(bound)");
        }
    }

    public static class RecordingEscalations implements EscalationGateway {

        public final List<Breach> escalated = new CopyOnWriteArrayList<>();
        public final List<DeadlineWarning> warned = new CopyOnWriteArrayList<>();

        @Override
        public void escalate(Breach breach) {
            escalated.add(breach);
        }

        @Override
        public void warn(DeadlineWarning warning) {
            warned.add(warning);
        }
    }
}
