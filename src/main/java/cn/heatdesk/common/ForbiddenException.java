package cn.heatdesk.common;

/** The caller's role may not do this (R-SYS-2): 403, with a message saying why. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
