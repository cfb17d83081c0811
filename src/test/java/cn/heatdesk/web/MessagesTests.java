package cn.heatdesk.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.fieldservice.domain.Remedy;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.DeadlineStatus;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.TimelineEvent;
import cn.heatdesk.workorders.domain.Urgency;

/** R-SYS-5: every text of the Chinese interface has its English twin, and the other way round. */
class MessagesTests {

    static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    @Test
    @DisplayName("R-SYS-5: Chinese and English messages have the same keys")
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    /** Pages name these enums' constants by {@code enum.<Type>.<CONSTANT>}, not by the domain's Chinese labels. */
    @Test
    @DisplayName("R-SYS-5: every constant of an enum shown on a page has its name in both languages")
    void everyConstantShownOnAPageHasItsMessage() throws IOException {
        List<Class<? extends Enum<?>>> shown = List.of(BoundaryLocation.class, ResponsibleParty.class, Remedy.class,
                CustomerKind.class, DeadlineRule.class, AssessmentKind.class, Channel.class, OrderKind.class,
                OrderStatus.class, DeadlineStatus.class, TimelineEvent.class, Urgency.class);
        for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
            Properties messages = load(file);
            for (Class<? extends Enum<?>> type : shown) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(messages.getProperty("enum." + type.getSimpleName() + "." + constant.name()))
                            .as(file + ": " + type.getSimpleName() + "." + constant.name()).isNotBlank();
                }
            }
        }
    }

    @Test
    void noMessageUsesAStraightQuoteThatMessageFormatWouldEat() throws IOException {
        for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
            assertThat(load(file).values()).as(file).noneMatch(text -> text.toString().contains("'"));
        }
    }
}
