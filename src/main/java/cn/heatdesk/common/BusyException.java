package cn.heatdesk.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** This node takes no more of this kind of work right now; the caller should repeat later: 503 with Retry-After. */
public class BusyException extends RuntimeException {

    /** Seconds a refused caller should wait before repeating, sent as {@code Retry-After}. */
    public static final String RETRY_AFTER_SECONDS = "5";

    public BusyException(String message) {
        super(message);
    }

    /**
     * The API's answer to a caller it cannot serve now: RFC 9457 problem, status 503, code {@code BUSY}. One shape
     * for every refusal (the 12345 admission limit, an exhausted connection pool), so a caller handles them alike.
     */
    public static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("系统繁忙");
        problem.setProperty("code", "BUSY");
        return problem;
    }
}
