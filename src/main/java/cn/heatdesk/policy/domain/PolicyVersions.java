package cn.heatdesk.policy.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The versions of one policy family, looked up by date with {@link #effectiveOn(LocalDate)} — never
 * "the latest row" (R-FEE-4). Versions of a family never overlap, so at most one covers a date.
 */
public record PolicyVersions<T extends Versioned>(PolicyFamily family, List<T> versions) {

    public PolicyVersions {
        versions = versions.stream().sorted(Comparator.comparing(v -> v.reference().effectiveFrom())).toList();
        for (int i = 1; i < versions.size(); i++) {
            PolicyReference previous = versions.get(i - 1).reference();
            PolicyReference next = versions.get(i).reference();
            // Never pick one of two overlapping versions silently: the data itself is wrong then.
            if (previous.overlaps(next) || previous.family() != family || next.family() != family) {
                throw new IllegalStateException("policy versions " + previous.describe() + " and " + next.describe()
                        + " of " + family + " overlap or belong to another family");
            }
        }
    }

    /** R-BOUND-4: the version in force on {@code date}, or {@link NoPolicyInForceException} naming the nearest. */
    public T effectiveOn(LocalDate date) {
        return versions.stream()
                .filter(v -> v.reference().covers(date))
                .findFirst()
                .orElseThrow(() -> new NoPolicyInForceException(family, date, nearest(date)));
    }

    private PolicyReference nearest(LocalDate date) {
        return versions.stream()
                .map(Versioned::reference)
                .min(Comparator.comparingLong((PolicyReference r) -> r.distanceInDays(date))
                        .thenComparing(PolicyReference::effectiveFrom, Comparator.reverseOrder()))
                .orElse(null);
    }

    /** The first existing version whose dates overlap {@code candidate}, if any. */
    public java.util.Optional<PolicyReference> overlapping(PolicyReference candidate) {
        return versions.stream().map(Versioned::reference).filter(candidate::overlaps).findFirst();
    }
}
