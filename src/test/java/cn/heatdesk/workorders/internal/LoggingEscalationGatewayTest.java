package cn.heatdesk.workorders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.heatdesk.common.CompanyTime;

class LoggingEscalationGatewayTest {

    @Test
    @DisplayName("R-SUP-5: the escalation names the due time on the company's clock, not in UTC")
    void writesTheDueTimeOnTheCompanysClockNotInUtc() {
        Instant due = Instant.parse("2026-12-01T02:30:00Z");

        assertThat(new LoggingEscalationGateway(new CompanyTime("Asia/Shanghai")).at(due))
                .isEqualTo("2026-12-01 10:30（北京时间）");
        assertThat(new LoggingEscalationGateway(new CompanyTime("Europe/Berlin")).at(due))
                .isEqualTo("2026-12-01 03:30（中欧时间（Europe/Berlin））");
    }
}
