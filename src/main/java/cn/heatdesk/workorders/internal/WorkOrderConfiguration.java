package cn.heatdesk.workorders.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.heatdesk.workorders.domain.ForbiddenExpressions;
import cn.heatdesk.workorders.domain.SpotCheckSampler;

/** The configurable parts of the work order rules: the spot-check share (R-SUP-2), the forbidden expressions (R-BUTLER-4). */
@Configuration(proxyBeanMethods = false)
class WorkOrderConfiguration {

    /** R-SUP-2: 10 % of called-back complaints unless configured (the seed gives no share). */
    @Bean
    SpotCheckDraw spotCheckDraw(@Value("${heatdesk.work-orders.spot-check-percent:10}") BigDecimal percent) {
        return new SpotCheckDraw(SpotCheckSampler.ofPercent(percent), new SecureRandom());
    }

    /** R-BUTLER-4: the seed's two always; the company's own from configuration (default: the suggested extras). */
    @Bean
    ForbiddenExpressions forbiddenExpressions(
            @Value("${heatdesk.work-orders.forbidden-expressions:#{T(cn.heatdesk.workorders.domain.ForbiddenExpressions).SUGGESTED_EXTRAS}}")
            List<String> extras) {
        return ForbiddenExpressions.withExtras(extras);
    }
}
