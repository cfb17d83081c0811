package cn.heatdesk.workorders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.heatdesk.workorders.Breach;
import cn.heatdesk.workorders.EscalationGateway;

/** The default gateway: writes breaches and warnings to the log, where an operator or a log alert sees them. */
@Component
class LoggingEscalationGateway implements EscalationGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingEscalationGateway.class);

    @Override
    public void escalate(Breach breach) {
        log.warn("[超时上报] 工单 {} {} 于 {} 超时，责任人 {}，责任单位 {}：已上报其主管", breach.orderNumber(),
                breach.rule().label(), breach.due(), breach.responsibleUsername(), breach.responsibleUnit());
    }

    @Override
    public void warn(DeadlineWarning warning) {
        log.info("[即将超时] 工单 #{} {} 将于 {} 到期，责任人 {}", warning.orderId(), warning.rule().label(),
                warning.due(), warning.responsibleUsername());
    }
}
