package cn.heatdesk.policy.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a policy version comes from and when it is in force: a document (e.g. 淄政办发〔2019〕14号),
 * the article that decides, and the inclusive dates; {@code effectiveTo} null means open-ended.
 */
public record PolicyReference(long versionId, PolicyFamily family, String document, String article,
                              LocalDate effectiveFrom, LocalDate effectiveTo) {

    public PolicyReference {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("必须注明文件依据");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("失效日期不能早于生效日期");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean overlaps(PolicyReference other) {
        boolean startsBeforeOtherEnds = other.effectiveTo == null || !effectiveFrom.isAfter(other.effectiveTo);
        boolean endsAfterOtherStarts = effectiveTo == null || !effectiveTo.isBefore(other.effectiveFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** Days between {@code date} and this version's validity; 0 when it covers the date. */
    public long distanceInDays(LocalDate date) {
        if (covers(date)) {
            return 0;
        }
        return date.isBefore(effectiveFrom)
                ? effectiveFrom.toEpochDay() - date.toEpochDay()
                : date.toEpochDay() - effectiveTo.toEpochDay();
    }

    /** e.g. 淄政办发〔2019〕14号 第十条(2020-02-01 至 2025-01-31). */
    public String describe() {
        return document + (article == null || article.isBlank() ? "" : " " + article)
                + "（" + effectiveFrom + " 至 " + (effectiveTo == null ? "今" : effectiveTo.toString()) + "）";
    }
}
