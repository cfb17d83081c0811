package cn.heatdesk.workorders.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-BUTLER-4: expressions that do not help solve a customer's problem, flagged in a recorded answer so that a
 * person can look at it (flagged, not refused). The seed names 不知道 and 我不管 (接到用户电话禁止使用“不知道”、
 * “我不管”等…); a company adds its own to those two, which always stay.
 *
 * <p>Positions are UTF-16 indices into the text (Java's and JavaScript's string indices), so the page can
 * highlight them as they are. Where expressions overlap, the leftmost wins, and of two starting together the
 * longer, so that the highlights never overlap: 我不管 hides the 不管 inside it.
 */
public final class ForbiddenExpressions {

    /** The two the seed names. */
    public static final List<String> SEED = List.of("不知道", "我不管");

    /** A starting list of further expressions: configuration, not a rule. */
    public static final List<String> SUGGESTED_EXTRAS = List.of("不归我管", "没办法", "找别人去");

    private final List<String> expressions;

    private ForbiddenExpressions(Collection<String> extras) {
        Set<String> all = new LinkedHashSet<>(SEED);
        for (String extra : extras) {
            if (extra != null && !extra.isBlank()) {
                all.add(extra.strip());
            }
        }
        this.expressions = List.copyOf(all);
    }

    /** The seed's two and the suggested extras. */
    public static ForbiddenExpressions standard() {
        return new ForbiddenExpressions(SUGGESTED_EXTRAS);
    }

    /** The seed's two and the company's own. */
    public static ForbiddenExpressions withExtras(Collection<String> extras) {
        return new ForbiddenExpressions(extras);
    }

    public List<String> expressions() {
        return expressions;
    }

    /** Every forbidden expression in {@code text}, left to right, never overlapping; empty when there is none. */
    public List<Match> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Match> candidates = new ArrayList<>();
        for (String expression : expressions) {
            for (int at = text.indexOf(expression); at >= 0; at = text.indexOf(expression, at + 1)) {
                candidates.add(new Match(expression, at, at + expression.length()));
            }
        }
        candidates.sort(Comparator.comparingInt(Match::start).thenComparing(Match::end, Comparator.reverseOrder()));
        List<Match> matches = new ArrayList<>();
        int coveredTo = 0;
        for (Match candidate : candidates) {
            if (candidate.start() >= coveredTo) {
                matches.add(candidate);
                coveredTo = candidate.end();
            }
        }
        return List.copyOf(matches);
    }

    public boolean flags(String text) {
        return !findIn(text).isEmpty();
    }

    /** One expression found at {@code [start, end)}. */
    public record Match(String expression, int start, int end) {
    }
}
