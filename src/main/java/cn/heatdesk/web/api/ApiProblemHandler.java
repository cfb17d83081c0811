package cn.heatdesk.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.heatdesk.common.BusyProblem;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.policy.domain.PolicyReference;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error as RFC 9457 {@code application/problem+json} with a machine-readable {@code code}
 * and, for bad input, the {@code field} (R-SYS-4). Never a stack trace; never a 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, e.code(), "输入有误", e.getMessage(), e.field());
    }

    @ExceptionHandler(NoPolicyInForceException.class)
    ResponseEntity<ProblemDetail> noPolicy(NoPolicyInForceException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "NO_POLICY_IN_FORCE",
                "该日期没有有效的政策", e.getMessage(), null);
        ProblemDetail body = response.getBody();
        body.setProperty("family", e.family().name());
        body.setProperty("date", e.date().toString());
        body.setProperty("nearestPolicy", e.nearest() == null ? null : reference(e.nearest()));
        return response;
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.code(), "与现有数据冲突", e.getMessage(), null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "无权操作", e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "未找到", e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e) {
        FieldError error = e.getBindingResult().getFieldError();
        String field = error == null ? null : error.getField();
        boolean missing = error != null && error.getRejectedValue() == null;
        return problem(HttpStatus.BAD_REQUEST, missing ? "MISSING_FIELD" : "INVALID_FIELD", "输入有误",
                missing ? "缺少必填项 " + field : "字段 " + field + " 的值无效" + (error == null ? "" : "：" + error.getDefaultMessage()),
                field);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson.getPath());
            if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                return problem(HttpStatus.BAD_REQUEST, "INVALID_ENUM", "输入有误",
                        "字段 " + field + " 的值 " + format.getValue() + " 无效，可选值："
                                + List.of(format.getTargetType().getEnumConstants()), field);
            }
            if (cause instanceof MismatchedInputException) {
                return problem(HttpStatus.BAD_REQUEST, "INVALID_FIELD", "输入有误",
                        "字段 " + field + " 的格式或类型不正确", field);
            }
            return problem(HttpStatus.BAD_REQUEST, "INVALID_FIELD", "输入有误", "字段 " + field + " 无法解析", field);
        }
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体无法解析",
                "请求体不是有效的 JSON，或缺少请求体", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String hint = type != null && type.isEnum() ? "，可选值：" + List.of(type.getEnumConstants()) : "";
        return problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "输入有误",
                "参数 " + e.getName() + " 的值 " + e.getValue() + " 无效" + hint, e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_FIELD", "输入有误", "缺少参数 " + e.getParameterName(),
                e.getParameterName());
    }

    /** Uploads are parsed lazily (inside the handler), so these reach the API's handler, not a bare 413. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.BAD_REQUEST, "FILE_TOO_LARGE", "输入有误", "上传的文件太大：文件不能超过 50 MB，请拆分后分批上传",
                "file");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_FIELD", "输入有误", "缺少上传的文件 " + e.getRequestPartName(),
                e.getRequestPartName());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_UPLOAD", "输入有误",
                "上传请求无法解析：请以 multipart/form-data 上传，文件放在字段 file 中", "file");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法",
                "该地址不支持 " + e.getMethod(), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型",
                "请求体须为 application/json", null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "未找到", "没有这个接口：" + e.getResourcePath(), null);
    }

    /**
     * No database connection within the pool's timeout: the system is overloaded, not broken. 503 with Retry-After
     * tells a caller such as 12345 to repeat the request later (the intake is idempotent), instead of a 500.
     */
    @ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.jdbc.CannotGetJdbcConnectionException.class })
    ResponseEntity<ProblemDetail> busy(RuntimeException e) {
        log.warn("No database connection available for an API call: {}", e.getMessage());
        return busy("系统繁忙，请稍后重试");
    }

    /** 503 BUSY with Retry-After: the caller should repeat the same request in a few seconds. */
    private static ResponseEntity<ProblemDetail> busy(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", BusyProblem.RETRY_AFTER_SECONDS)
                .body(BusyProblem.of(detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "服务器内部错误",
                "服务器处理请求时出错，已记录日志，请稍后重试或联系管理员", null);
    }

    static Map<String, Object> reference(PolicyReference r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("document", r.document());
        map.put("article", r.article());
        map.put("effectiveFrom", r.effectiveFrom().toString());
        map.put("effectiveTo", r.effectiveTo() == null ? null : r.effectiveTo().toString());
        return map;
    }

    private static String path(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                         String field) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setProperty("code", code);
        if (field != null) {
            body.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
