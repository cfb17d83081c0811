package cn.heatdesk.workorders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.heatdesk.workorders.domain.ForbiddenExpressions.Match;

@DisplayName("R-BUTLER-4 forbidden expressions in a recorded answer are flagged with their positions")
class ForbiddenExpressionsTest {

    private final ForbiddenExpressions standard = ForbiddenExpressions.standard();

    @Test
    void findsTheSeedsTwoExpressionsWithTheirPositions() {
        String answer = "这个我不知道，反正我不管。";

        assertThat(standard.findIn(answer)).containsExactly(new Match("不知道", 3, 6), new Match("我不管", 9, 12));
        assertThat(answer.substring(3, 6)).isEqualTo("不知道");
        assertThat(answer.substring(9, 12)).isEqualTo("我不管");
    }

    @Test
    void findsNothingInAPoliteAnswer() {
        String answer = "请稍等，我记录一下。您反映的情况我们会在最短的时间内答复您。";

        assertThat(standard.findIn(answer)).isEmpty();
        assertThat(standard.flags(answer)).isFalse();
    }

    @Test
    void findsEveryOccurrence() {
        assertThat(standard.findIn("不知道，真不知道")).extracting(Match::start).containsExactly(0, 5);
    }

    @Test
    void findsTheSuggestedExtras() {
        assertThat(standard.findIn("这事不归我管，没办法，你找别人去吧"))
                .extracting(Match::expression).containsExactly("不归我管", "没办法", "找别人去");
    }

    @Test
    void takesACompanysOwnListAndAlwaysKeepsTheSeedsTwo() {
        ForbiddenExpressions own = ForbiddenExpressions.withExtras(List.of("爱咋咋地", " ", "不知道"));

        assertThat(own.expressions()).containsExactly("不知道", "我不管", "爱咋咋地");
        assertThat(own.findIn("爱咋咋地")).containsExactly(new Match("爱咋咋地", 0, 4));
        assertThat(own.findIn("没办法")).isEmpty();
    }

    @Test
    void highlightsTheLongerOfOverlappingExpressionsOnce() {
        ForbiddenExpressions withShortOne = ForbiddenExpressions.withExtras(List.of("不管", "管不了"));

        assertThat(withShortOne.findIn("我不管了")).containsExactly(new Match("我不管", 0, 3));
        assertThat(withShortOne.findIn("不管不了")).containsExactly(new Match("不管", 0, 2));
    }

    @Test
    void countsPositionsInUtf16UnitsAsTheBrowserDoes() {
        String answer = "😀不知道";

        assertThat(standard.findIn(answer)).containsExactly(new Match("不知道", 2, 5));
    }

    @Test
    void answersAnEmptyOrMissingTextWithNothing() {
        assertThat(standard.findIn("")).isEmpty();
        assertThat(standard.findIn(null)).isEmpty();
    }
}
