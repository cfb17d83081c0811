package cn.heatdesk.workorders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CityHotlineKeyTest {

    @Test
    void refusesEveryKeyWhenNoneIsConfigured() {
        CityHotlineKey key = new CityHotlineKey("", new MockEnvironment());

        assertThat(key.accepts("")).isFalse();
        assertThat(key.accepts("anything")).isFalse();
        assertThat(key.accepts(null)).isFalse();
    }

    @Test
    void acceptsOnlyTheConfiguredKey() {
        CityHotlineKey key = new CityHotlineKey("s3cret-key", new MockEnvironment());

        assertThat(key.accepts("s3cret-key")).isTrue();
        assertThat(key.accepts("s3cret-kez")).isFalse();
        assertThat(key.accepts("s3cret-key ")).isFalse();
    }

    @Test
    void makesUpAKeyInDemoModeOnly() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");

        CityHotlineKey key = new CityHotlineKey("", demo);

        assertThat(key.accepts("")).isFalse();
        assertThat(key.toString()).contains("configured").doesNotContain("not configured");
    }
}
