package cn.heatdesk.workorders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntakeAdmissionTest {

    @Test
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
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> new IntakeAdmission(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-in-flight");
    }
}
