package cn.heatdesk.workorders.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.heatdesk.common.BusyProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-SYS-1 in a burst: the 12345 intake's in-flight limit ({@link IntakeAdmission}), applied to every delivery
 * ({@code POST} of {@value #PATH}) before Spring Security, Spring MVC or the body are touched. A refused delivery is
 * answered 503 {@code BUSY} with {@code Retry-After} from bytes made once at start-up: a delivery that is turned
 * away is not authenticated, dispatched, read or put through the error handler, as it was with the check in the
 * controller. (The benchmark in docs/benchmarks.md found no measurable gain in throughput from this; the load
 * generator's and Tomcat's share of a refusal remain.) Request metrics ({@code http.server.requests}) still count
 * the refusals: this filter runs after Spring's observation filter.
 * <p>
 * The limit is checked before the {@code X-Api-Key}: a busy node answers a caller without a key 503 too; its repeat
 * is then answered 401.
 */
final class CityHotlineAdmissionFilter extends OncePerRequestFilter {

    static final String PATH = "/api/v1/integrations/city-hotline/orders";

    private final IntakeAdmission admission;
    private final byte[] busy;

    CityHotlineAdmissionFilter(IntakeAdmission admission, JsonMapper json) {
        this.admission = admission;
        // The same fields as every other API problem (ApiProblemHandler); JSON field order carries no meaning.
        ProblemDetail problem = BusyProblem.of("系统繁忙，请稍后重试（12345工单可按原编号重发）");
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", PATH);
        body.putAll(problem.getProperties());
        this.busy = json.writeValueAsBytes(body);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admission.tryEnter()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", BusyProblem.RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(busy.length);
            response.getOutputStream().write(busy);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }
}
