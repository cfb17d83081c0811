package cn.heatdesk.web;

import java.security.Principal;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.NotFoundException;

/**
 * R-SYS-4 for people: a browser that asks for a page that is not there, or sends a request a page
 * cannot take, gets a Chinese error page — not the problem+json that API clients get from Spring's
 * problem-details handler (order 0) or from {@code ApiProblemHandler}, which both still answer
 * anything that does not accept HTML.
 */
@ControllerAdvice
@Order(-100)
class PageErrorAdvice {

    @ExceptionHandler(exception = { NoResourceFoundException.class, NotFoundException.class },
            produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notFound(Principal principal) {
        return page("error/404", HttpStatus.NOT_FOUND, principal);
    }

    /** R-SYS-2: a role that may not do something is told so in plain words, e.g. 监督/主管无权查看完整联系电话. */
    @ExceptionHandler(exception = ForbiddenException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView forbidden(ForbiddenException e, Principal principal) {
        ModelAndView page = page("error/403", HttpStatus.FORBIDDEN, principal);
        page.addObject("reason", e.getMessage());
        return page;
    }

    @ExceptionHandler(exception = HttpRequestMethodNotSupportedException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView methodNotAllowed(Principal principal) {
        return page("error", HttpStatus.METHOD_NOT_ALLOWED, principal);
    }

    @ExceptionHandler(exception = { ServletRequestBindingException.class, TypeMismatchException.class,
            HttpMediaTypeNotSupportedException.class }, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView badRequest(Principal principal) {
        return page("error", HttpStatus.BAD_REQUEST, principal);
    }

    private static ModelAndView page(String view, HttpStatus status, Principal principal) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        ShellModel.addShell(principal, page.getModelMap());
        return page;
    }
}
