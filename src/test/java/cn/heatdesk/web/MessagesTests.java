package cn.heatdesk.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void noMessageUsesAStraightQuoteThatMessageFormatWouldEat() throws IOException {
        for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
            assertThat(load(file).values()).as(file).noneMatch(text -> text.toString().contains("'"));
        }
    }
}
