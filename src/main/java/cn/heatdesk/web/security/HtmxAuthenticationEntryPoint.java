package cn.heatdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An htmx request whose session has expired would otherwise swap the login page into a fragment's
 * target; {@code HX-Redirect} makes htmx load the login page as a whole page instead.
 */
final class HtmxAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final String loginPage;

    HtmxAuthenticationEntryPoint(String loginPage) {
        this.loginPage = loginPage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) {
        response.setHeader("HX-Redirect", request.getContextPath() + loginPage);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
