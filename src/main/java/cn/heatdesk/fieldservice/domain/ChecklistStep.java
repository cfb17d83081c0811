package cn.heatdesk.fieldservice.domain;

/**
 * R-HOME-1: the ten-step home-service method (供热服务“十个一入户服务法”), worded as the company's rules give it.
 * Steps 1–9 are ticked by the visitor; step 10 (一访) is a follow-up call by someone else.
 */
public enum ChecklistStep {
    KNOCK(1, "一敲", "文明敲门三声", "服务人员应着公司统一要求的工装，佩戴用户正面可视的工作牌。"),
    INTRODUCE(2, "一报", "微笑着自报家门", "开门后微笑面对，说明来意，主动问候用户、确认地址，做自我介绍，通报单位名称、登门事由。"),
    SHOE_COVERS(3, "一穿", "入户前穿好鞋套", "征得用户同意后方可入户，在入户服务以前，必须先穿好鞋套。"),
    TOOL_MAT(4, "一铺", "铺好工具垫", "使用的垫布应干净完整，具有抗压和耐水性。"),
    TOOLS(5, "一摆", "摆好工具和材料", "放好工具和材料，做到轻拿轻放，严禁直接在地面上拖拽。"),
    WATER_CATCHER(6, "一接", "使用接水器具", "维修时要使用接水器具，接出暖气片内的积水，避免积水撒漏。"),
    REPAIR(7, "一修", "快速修好故障", "对故障点判断准确，快速处理；确属用户设施的问题与用户讲解清楚，取得用户谅解。"),
    CLEAN_UP(8, "一清", "清理维修现场", "维修完毕后仔细清理现场，做到无灰尘、无水渍，人走场地清。"),
    FAREWELL(9, "一别", "与用户微笑道别", "服务结束后与用户微笑道别，留下便民服务卡。"),
    FOLLOW_UP(10, "一访", "安排专人回访用户", "公司安排专人对入户服务情况进行回访，征求用户意见、建议。");

    private final int number;
    private final String shortName;
    private final String title;
    private final String detail;

    ChecklistStep(int number, String shortName, String title, String detail) {
        this.number = number;
        this.shortName = shortName;
        this.title = title;
        this.detail = detail;
    }

    public int number() {
        return number;
    }

    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Steps 1–9: the visitor's own. */
    public boolean byVisitor() {
        return this != FOLLOW_UP;
    }

    public static ChecklistStep number(int number) {
        for (ChecklistStep step : values()) {
            if (step.number == number) {
                return step;
            }
        }
        throw new cn.heatdesk.common.InvalidInputException("UNKNOWN_STEP", "step", "没有第 " + number + " 步");
    }
}
