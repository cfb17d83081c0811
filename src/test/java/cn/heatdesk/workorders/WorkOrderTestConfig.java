package cn.heatdesk.workorders;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move by hand and a gateway that remembers every escalation and warning. */
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
