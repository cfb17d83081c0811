package cn.heatdesk.notification.domain;

/**
 * The parts of a business item that R-NOTIFY-1 asks for. Each can be marked as sample text
 * (示例内容，请公司核定) where the seed does not give the content.
 */
public enum ItemField {
    BASIS("办理依据"),
    TIME_LIMIT("办理时限"),
    PROCEDURE("办理程序"),
    MATERIALS("所需材料"),
    FEES("收费标准"),
    REFUSAL_REASONS("不予办理的情形"),
    REFERRALS("其他单位承办的事项");

    private final String label;

    ItemField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
