package cn.heatdesk.staff.internal;

/** Thrown at startup when {@code heatdesk.admin.password} is set but too short to be trusted. */
public class AdminPasswordTooShortException extends IllegalStateException {

    private final int length;
    private final int minimumLength;

    AdminPasswordTooShortException(int length, int minimumLength) {
        super("heatdesk.admin.password (HEATDESK_ADMIN_PASSWORD) has " + length
                + " characters; it must have at least " + minimumLength);
        this.length = length;
        this.minimumLength = minimumLength;
    }

    public int length() {
        return length;
    }

    public int minimumLength() {
        return minimumLength;
    }
}
