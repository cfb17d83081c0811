package cn.heatdesk.customers;

/** Personal data shown masked unless revealed (R-SYS-2, PIPL). */
public enum PersonalField {
    PHONE("联系电话"), PHONE2("备用电话"), ID_NUMBER("身份证号");

    private final String label;

    PersonalField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
