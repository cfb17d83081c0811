package cn.heatdesk.policy.internal.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.UseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page shows the domain's Chinese words from messages.properties (so English can replace them);
 * they must stay the words the domain's {@code label()} uses. Full-width punctuation on the page is
 * the only difference allowed.
 */
class DomainWordsTests {

    static Properties chinese;

    @BeforeAll
    static void load() throws IOException {
        chinese = new Properties();
        try (Reader reader = new InputStreamReader(DomainWordsTests.class.getResourceAsStream("/messages.properties"),
                StandardCharsets.UTF_8)) {
            chinese.load(reader);
        }
    }

    static <E extends Enum<E>> void sameWords(Class<E> type, Function<E, String> label) {
        for (E value : type.getEnumConstants()) {
            String shown = chinese.getProperty("enum." + type.getSimpleName() + "." + value.name());
            assertThat(shown).as(type.getSimpleName() + "." + value).isNotNull();
            assertThat(Normalizer.normalize(shown, Normalizer.Form.NFKC))
                    .as(type.getSimpleName() + "." + value)
                    .isEqualTo(Normalizer.normalize(label.apply(value), Normalizer.Form.NFKC));
        }
    }

    @Test
    void showsTheDomainsOwnChineseWords() {
        sameWords(UseType.class, UseType::label);
        sameWords(CustomerKind.class, CustomerKind::label);
        sameWords(BoundaryLocation.class, BoundaryLocation::label);
        sameWords(ResponsibleParty.class, ResponsibleParty::label);
        sameWords(RoomType.class, RoomType::label);
        sameWords(DeadlineRule.class, DeadlineRule::label);
        sameWords(PolicyFamily.class, PolicyFamily::label);
    }
}
