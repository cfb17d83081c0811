package cn.heatdesk.workorders.domain;

/** What the customer asks for (咨询/投诉/维修/抢修/有偿服务…). The names are API contract values. */
public enum OrderKind {
    ENQUIRY("咨询", false, false),
    COMPLAINT("投诉", true, true),
    REPAIR("维修", true, true),
    EMERGENCY_REPAIR("抢修", true, true),
    PAID_SERVICE("有偿服务", true, true),
    TEMPERATURE_COMPLAINT("室温投诉", true, true),
    /** 道路管网漏水、漏汽 reported by anyone: thanked with the leak script (R-BUTLER-4). */
    LEAK_REPORT("漏水漏汽", true, false),
    SUSPENSION("报停", false, false),
    OTHER("其他", false, false);

    private final String label;
    private final boolean needsVisit;
    private final boolean needsCallback;

    OrderKind(String label, boolean needsVisit, boolean needsCallback) {
        this.label = label;
        this.needsVisit = needsVisit;
        this.needsCallback = needsCallback;
    }

    public String label() {
        return label;
    }

    /**
     * Work that is done on site: resolved only after check-in. R-SUP-3 sends someone to complaints, repairs and
     * emergency repairs; paid services, cold homes (R-TEMP-6) and leaks need someone there too. Enquiries,
     * suspensions and other matters can be settled at once (R-ANS-1, R-NOTIFY-3).
     */
    public boolean needsVisit() {
        return needsVisit;
    }

    /**
     * An order that is not closed before the customer has been called back: complaints (R-SUP-2), paid services
     * (R-ANS-4) and home repairs (R-HOME-1, step 10 一访). A leak on the street is not a home visit.
     */
    public boolean needsCallback() {
        return needsCallback;
    }

    /** R-SUP-2: the complaints the market customer service department spot-checks. */
    public boolean isComplaint() {
        return this == COMPLAINT || this == TEMPERATURE_COMPLAINT;
    }
}
