package cn.heatdesk.workorders.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.heatdesk.workorders.domain.ForbiddenExpressions;
import cn.heatdesk.workorders.domain.SpotCheckSampler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configurable parts of the work order rules: the spot-check share (R-SUP-2), the forbidden expressions
 * (R-BUTLER-4), and the 12345 intake's admission limit in front of the rest of the web stack (R-SYS-1).
 */
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

    /**
     * R-SYS-1: the in-flight limit runs right after the request observation (order {@code HIGHEST_PRECEDENCE + 1}) and
     * before Spring Security (order -100), so a refusal is counted in the request metrics and goes no further.
     */
    @Bean
    FilterRegistrationBean<CityHotlineAdmissionFilter> cityHotlineAdmission(IntakeAdmission admission, JsonMapper json) {
        FilterRegistrationBean<CityHotlineAdmissionFilter> registration =
                new FilterRegistrationBean<>(new CityHotlineAdmissionFilter(admission, json));
        registration.addUrlPatterns(CityHotlineAdmissionFilter.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
