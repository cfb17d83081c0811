package cn.heatdesk.workorders.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.heatdesk.common.CompanyTime;
import cn.heatdesk.workorders.Breach;
import cn.heatdesk.workorders.EscalationGateway;

/**
 * The default gateway: writes breaches and warnings to the log, where an operator or a log alert sees them, worded
 * as the SMS to the supervisor would be — times on the company's clock (R-SUP-5).
 */
@Component
class LoggingEscalationGateway implements EscalationGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingEscalationGateway.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CompanyTime companyTime;

    LoggingEscalationGateway(CompanyTime companyTime) {
        this.companyTime = companyTime;
    }

    @Override
    public void escalate(Breach breach) {
        log.warn("[超时上报] 工单 {} {} 于 {} 超时，责任人 {}，责任单位 {}：已上报其主管", breach.orderNumber(),
                breach.rule().label(), at(breach.due()), breach.responsibleUsername(), breach.responsibleUnit());
    }

    @Override
    public void warn(DeadlineWarning warning) {
        log.info("[即将超时] 工单 #{} {} 将于 {} 到期，责任人 {}", warning.orderId(), warning.rule().label(),
                at(warning.due()), warning.responsibleUsername());
    }

    /** e.g. 2026-12-01 10:30（北京时间） */
    String at(Instant instant) {
        return MINUTE.format(instant.atZone(companyTime.zone())) + "（" + companyTime.label(Locale.SIMPLIFIED_CHINESE)
                + "）";
    }
}
