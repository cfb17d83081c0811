package cn.heatdesk.common;

/** This node takes no more of this kind of work right now; the caller should repeat later: 503 with Retry-After. */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
