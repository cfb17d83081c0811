package cn.heatdesk.policy;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * R-TEMP-4: the city's design minimum outdoor temperature, with its source beside the value
 * (Zibo −7.4 °C, GB 50736-2012 Appendix A). Configuration: {@code heatdesk.city.*}.
 */
@ConfigurationProperties("heatdesk.city")
public record CityClimate(String name, BigDecimal designOutdoorCelsius, String designOutdoorSource) {

    public CityClimate {
        Objects.requireNonNull(name, "heatdesk.city.name");
        Objects.requireNonNull(designOutdoorCelsius, "heatdesk.city.design-outdoor-celsius");
    }
}
