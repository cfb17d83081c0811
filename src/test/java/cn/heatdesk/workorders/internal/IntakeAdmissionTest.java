package cn.heatdesk.workorders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class IntakeAdmissionTest {

    @Test
    @DisplayName("R-SYS-1: admits up to the limit, counts refusals, admits again when one leaves")
    void admitsUpToTheLimitCountsRefusalsAndAdmitsAgainWhenOneLeaves() {
        IntakeAdmission admission = new IntakeAdmission(2);

        assertThat(admission.tryEnter()).isTrue();
        assertThat(admission.tryEnter()).isTrue();
        assertThat(admission.tryEnter()).isFalse();
        assertThat(admission.tryEnter()).isFalse();
        assertThat(admission.refused()).isEqualTo(2);

        admission.leave();

        assertThat(admission.tryEnter()).isTrue();
        assertThat(admission.tryEnter()).isFalse();
    }

    @Test
    @DisplayName("R-SYS-1: refusals and deliveries in flight are metrics")
    void publishesRefusalsAndDeliveriesInFlightAsMetrics() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("meters", registry);
        IntakeAdmission admission = new IntakeAdmission(1, beans.getBeanProvider(MeterRegistry.class));

        admission.tryEnter();
        admission.tryEnter();
        admission.tryEnter();

        assertThat(registry.get("heatdesk.city.hotline.intake.refused").functionCounter().count()).isEqualTo(2.0);
        assertThat(registry.get("heatdesk.city.hotline.intake.in.flight").gauge().value()).isEqualTo(1.0);
        admission.leave();
        assertThat(registry.get("heatdesk.city.hotline.intake.in.flight").gauge().value()).isZero();
    }

    @Test
    @DisplayName("R-SYS-1: a limit below one is refused at start-up, naming the setting")
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> new IntakeAdmission(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-in-flight");
    }
}
