package cn.heatdesk.customers;

/** Where a household import stands. A job ends SUCCEEDED (everything written) or FAILED (nothing written). */
public enum ImportStatus {
    QUEUED("排队中"), VALIDATING("校验中"), WRITING("写入中"), SUCCEEDED("已完成"), FAILED("失败");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
