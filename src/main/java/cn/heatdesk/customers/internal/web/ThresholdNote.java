package cn.heatdesk.customers.internal.web;

import java.util.Optional;
import java.util.stream.IntStream;

import cn.heatdesk.policy.domain.HeatingRate;

/**
 * Marks a rate close to one of R-RATE's thresholds (25 % for a community, 30 % and 70 % for a unit),
 * so a butler sees at a glance where one household opening or suspending changes what the company
 * owes. Close means within 5 percentage points, or one household away. Counted exactly, like the rules.
 *
 * @param threshold the percentage, e.g. 25
 * @param reached   whether the rate is at or above it
 * @param households below: households that must start heating to reach it; at or above: households
 *                  whose leaving would take the rate below it
 */
record ThresholdNote(int threshold, boolean reached, long households) {

    static final int NEAR_POINTS = 5;

    static Optional<ThresholdNote> near(HeatingRate rate, int... thresholds) {
        return IntStream.of(thresholds)
                .mapToObj(t -> of(rate, t))
                .filter(note -> note.close(rate))
                .findFirst();
    }

    static ThresholdNote of(HeatingRate rate, int threshold) {
        // The fewest households in service that reach the threshold: ceil(threshold × households / 100).
        long needed = (threshold * rate.denominator() + 99) / 100;
        boolean reached = rate.atLeastPercent(threshold);
        return new ThresholdNote(threshold, reached,
                reached ? rate.numerator() - needed + 1 : needed - rate.numerator());
    }

    private boolean close(HeatingRate rate) {
        boolean withinPoints = reached ? !rate.atLeastPercent(threshold + NEAR_POINTS)
                : rate.atLeastPercent(threshold - NEAR_POINTS);
        return households == 1 || withinPoints;
    }
}
