package cn.heatdesk.policy.domain;

import java.time.LocalDate;

/**
 * R-BOUND-4: no version of a family covers the date. Never answered by a silent fallback; the
 * message names the nearest version so a person knows which document to look at.
 */
public class NoPolicyInForceException extends RuntimeException {

    private final PolicyFamily family;
    private final LocalDate date;
    private final PolicyReference nearest;

    public NoPolicyInForceException(PolicyFamily family, LocalDate date, PolicyReference nearest) {
        super(message(family, date, nearest));
        this.family = family;
        this.date = date;
        this.nearest = nearest;
    }

    private static String message(PolicyFamily family, LocalDate date, PolicyReference nearest) {
        String head = date + " 没有有效的" + family.label() + "政策";
        return nearest == null ? head + "，系统中尚无任何版本，请管理员添加。"
                : head + "；最接近的版本是 " + nearest.describe() + "。请管理员添加覆盖该日期的政策版本。";
    }

    public PolicyFamily family() {
        return family;
    }

    public LocalDate date() {
        return date;
    }

    /** The version nearest to the date, or null when the family has none at all. */
    public PolicyReference nearest() {
        return nearest;
    }
}
