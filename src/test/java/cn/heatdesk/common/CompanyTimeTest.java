package cn.heatdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CompanyTimeTest {

    @Test
    void callsChinasZoneBeijingTime() {
        assertThat(new CompanyTime("Asia/Shanghai").label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("北京时间");
        assertThat(new CompanyTime("Asia/Harbin").label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("北京时间");
        assertThat(new CompanyTime("Asia/Shanghai").label(Locale.ENGLISH)).isEqualTo("Beijing time");
    }

    @Test
    void namesAnyOtherZoneWithItsIdRatherThanBeijingTime() {
        assertThat(new CompanyTime("Europe/Berlin").label(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("中欧时间（Europe/Berlin）");
        assertThat(new CompanyTime("Europe/Berlin").label(Locale.ENGLISH))
                .isEqualTo("Central European Time (Europe/Berlin)");
        // UTC+8 is not China's zone by its offset alone: Singapore keeps its own name.
        assertThat(new CompanyTime("Asia/Singapore").label(Locale.SIMPLIFIED_CHINESE))
                .contains("Asia/Singapore").doesNotContain("北京");
    }

    @Test
    void readsChineseWhenNoLocaleIsGiven() {
        assertThat(new CompanyTime("Asia/Shanghai").label(null)).isEqualTo("北京时间");
    }
}
