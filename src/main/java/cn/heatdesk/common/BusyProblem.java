package cn.heatdesk.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The API's answer to a caller this node cannot serve now: RFC 9457 problem, status 503, code {@code BUSY}, sent with
 * {@code Retry-After}. One shape for every refusal (the 12345 admission limit, an exhausted connection pool), so a
 * caller such as 12345 handles them alike and repeats the same request later.
 */
public final class BusyProblem {

    /** Seconds a refused caller should wait before repeating, sent as {@code Retry-After}. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private BusyProblem() {
    }

    public static ProblemDetail of(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("系统繁忙");
        problem.setProperty("code", "BUSY");
        return problem;
    }
}
