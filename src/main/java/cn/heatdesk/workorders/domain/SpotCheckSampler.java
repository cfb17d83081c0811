package cn.heatdesk.workorders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * R-SUP-2: which called-back complaints go to the market customer service department for a second callback
 * (二次回访抽查). Each eligible complaint is drawn on its own with the configured share, so the sample can be
 * taken the moment a callback is recorded, without waiting for a batch.
 *
 * <p>The share is exact: basis points (1/10,000), drawn as a whole number below 10,000; 0 % never selects and
 * 100 % always does. The randomness is passed in, so tests (and a replay) are deterministic.
 */
public final class SpotCheckSampler {

    private static final int WHOLE = 10_000;

    private final int basisPoints;

    private SpotCheckSampler(int basisPoints) {
        if (basisPoints < 0 || basisPoints > WHOLE) {
            throw new IllegalArgumentException("抽查比例须在 0% 到 100% 之间");
        }
        this.basisPoints = basisPoints;
    }

    public static SpotCheckSampler ofBasisPoints(int basisPoints) {
        return new SpotCheckSampler(basisPoints);
    }

    /** e.g. {@code 10} or {@code 12.5}: at most two decimals. */
    public static SpotCheckSampler ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("抽查比例最多保留两位小数");
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("抽查比例须在 0% 到 100% 之间");
        }
        return new SpotCheckSampler(percent.movePointRight(2).intValueExact());
    }

    public int basisPoints() {
        return basisPoints;
    }

    /** The share as a percentage, e.g. 10.00. */
    public BigDecimal percent() {
        return BigDecimal.valueOf(basisPoints, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Whether this order goes to the second callback. Only complaints whose customer was reached by the callback
     * and that are not already chosen are drawn; the others are answered without touching {@code random}.
     */
    public Selection decide(WorkOrder order, RandomGenerator random) {
        if (!order.kind().isComplaint()) {
            return new Selection(false, "只抽查投诉工单");
        }
        if (order.reachedCallback().isEmpty()) {
            return new Selection(false, "尚未回访到用户");
        }
        if (order.spotCheck() != null) {
            return new Selection(false, "已抽中二次回访");
        }
        return draw(random)
                ? new Selection(true, "按 " + percent().stripTrailingZeros().toPlainString() + "% 比例抽中二次回访")
                : new Selection(false, "未抽中（抽查比例 " + percent().stripTrailingZeros().toPlainString() + "%）");
    }

    /** One draw with the share: true with probability basisPoints / 10,000, exactly. */
    public boolean draw(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return random.nextInt(WHOLE) < basisPoints;
    }

    public record Selection(boolean selected, String reason) {
    }
}
