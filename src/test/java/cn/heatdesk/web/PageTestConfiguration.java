package cn.heatdesk.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;

/** The fixed time and the security wiring every page test shares. */
@TestConfiguration(proxyBeanMethods = false)
public class PageTestConfiguration {

    /** 2026-12-01 10:00 in Zibo: day 17 of the 2026-2027 heating period (15 Nov is day 1). */
    public static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    /** In the configured company zone, like the application's own clock. */
    @Bean
    @Primary
    Clock fixedClock(@Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.fixed(NOW, zone);
    }

    /** Boot 4 without spring-boot-security-test does not apply this itself; @WithMockUser needs it. */
    @Bean
    MockMvcBuilderCustomizer springSecurityForMockMvc() {
        return builder -> builder.apply(SecurityMockMvcConfigurers.springSecurity());
    }
}
