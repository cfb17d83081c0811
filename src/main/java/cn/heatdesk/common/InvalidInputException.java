package cn.heatdesk.common;

/**
 * Input a person or a calling system got wrong (R-SYS-4): answered with 400 naming the field,
 * or shown beside the field on a page. The message is written for the user, in Chinese.
 */
public class InvalidInputException extends RuntimeException {

    private final String code;
    private final String field;

    public InvalidInputException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The offending field's name as the caller sent it, or null when no single field is at fault. */
    public String field() {
        return field;
    }
}
