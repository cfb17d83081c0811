package cn.heatdesk.common;

/** A change that collides with the current state (overlapping versions, a concurrent update): 409. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
