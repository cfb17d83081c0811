package cn.heatdesk.notification.domain;

/** What a line of a notice says about one material or requirement. */
public enum LineKind {
    /** Brought and accepted. */
    BROUGHT("已提交", false, false),
    /** Required and not brought: on a first notice, every one of them (R-NOTIFY-3). */
    MISSING("缺少", true, true),
    /** R-NOTIFY-4: required by a newer version of the item; the reason names the change. */
    NEW_REQUIREMENT("新增要求", true, true),
    /** R-NOTIFY-4: brought, but not as required; the reason says what is wrong. */
    NOT_CONFORMING("不符合要求，需重新提交", true, true),
    /** R-NOTIFY-4: needed because of the applicant's circumstances; the reason says why. */
    ADDITIONAL("需补充", true, true),
    /** R-NOTIFY-4: told before as missing, no longer required by the newer version. */
    NO_LONGER_REQUIRED("不再需要", false, true),
    /** Told before as missing and still missing: referred to, not told anew. */
    STILL_MISSING("前次已告知，仍未补齐", true, false);

    private final String label;
    private final boolean outstanding;
    private final boolean newOnFollowUp;

    LineKind(String label, boolean outstanding, boolean newOnFollowUp) {
        this.label = label;
        this.outstanding = outstanding;
        this.newOnFollowUp = newOnFollowUp;
    }

    public String label() {
        return label;
    }

    /** Still to be brought before the matter can be done. */
    public boolean outstanding() {
        return outstanding;
    }

    /** A new item in the sense of R-NOTIFY-4 (what a follow-up notice is about). */
    public boolean isNew() {
        return newOnFollowUp;
    }
}
