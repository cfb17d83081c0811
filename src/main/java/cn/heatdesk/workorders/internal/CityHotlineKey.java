package cn.heatdesk.workorders.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The key the 12345 city hotline presents in {@code X-Api-Key} (R-SYS-1), from {@code heatdesk.city-hotline.api-key}
 * ({@code HEATDESK_CITY_HOTLINE_API_KEY}). Without a configured key every call is refused; in demo mode a random key
 * is made at startup and printed, so that the interface can be tried.
 */
@Component
public class CityHotlineKey {

    private static final Logger log = LoggerFactory.getLogger(CityHotlineKey.class);

    private final byte[] key;

    CityHotlineKey(@Value("${heatdesk.city-hotline.api-key:}") String configured, Environment environment) {
        String value = configured == null ? "" : configured.strip();
        if (value.isEmpty() && environment.acceptsProfiles(Profiles.of("demo"))) {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            value = "demo-" + HexFormat.of().formatHex(random);
            log.warn("[heatdesk] 12345 city hotline demo API key (X-Api-Key): {}", value);
        }
        this.key = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison; false for a missing key and whenever no key is configured. */
    public boolean accepts(String presented) {
        if (key.length == 0 || presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CityHotlineKey[" + (key.length == 0 ? "not configured" : "configured") + "]";
    }
}
