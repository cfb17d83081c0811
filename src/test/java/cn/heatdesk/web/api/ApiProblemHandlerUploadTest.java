package cn.heatdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** R-SYS-4: upload failures the servlet container reports become 400 problem details naming the field. */
class ApiProblemHandlerUploadTest {

    final ApiProblemHandler handler = new ApiProblemHandler();

    @Test
    @DisplayName("R-SYS-4: an upload over the container's limit is 400 FILE_TOO_LARGE, not 413")
    void answersAnOversizedUploadWith400NamingTheFile() {
        ProblemDetail problem = handler.uploadTooLarge(new MaxUploadSizeExceededException(50L * 1024 * 1024)).getBody();

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(problem.getProperties()).containsEntry("code", "FILE_TOO_LARGE").containsEntry("field", "file");
        assertThat(problem.getDetail()).contains("50 MB");
    }

    @Test
    void answersABrokenMultipartRequestWith400() {
        ProblemDetail problem = handler.badMultipart(new MultipartException("boundary")).getBody();

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "INVALID_UPLOAD");
    }

    @Test
    @DisplayName("an exhausted connection pool is 503 BUSY with Retry-After, so 12345 repeats the idempotent delivery")
    void answersAnExhaustedConnectionPoolWith503AndRetryAfter() {
        var response = handler.busy(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().getProperties()).containsEntry("code", "BUSY");
    }
}
