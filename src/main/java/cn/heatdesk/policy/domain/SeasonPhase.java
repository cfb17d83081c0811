package cn.heatdesk.policy.domain;

/** Phase of the heating year (R-SEASON-4). */
public enum SeasonPhase {
    /** 热调试期, R-SEASON-2. */
    COMMISSIONING,
    /** 集中供热期, R-SEASON-1. */
    HEATING,
    /** 非供暖期. */
    OFF_SEASON;

    /** Decision in R-SEASON-4: the operating period (运行期) is commissioning plus heating. */
    public boolean operating() {
        return this != OFF_SEASON;
    }
}
