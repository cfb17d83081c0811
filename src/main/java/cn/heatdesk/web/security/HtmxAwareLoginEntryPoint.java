package cn.heatdesk.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends anonymous visitors to the login page. An htmx request (its session expired) would swap a
 * redirected login page into a fragment's target, so it gets 401 with {@code HX-Redirect} instead and
 * htmx loads the login page as a whole page.
 */
final class HtmxAwareLoginEntryPoint implements AuthenticationEntryPoint {

    private final String loginPage;
    private final AuthenticationEntryPoint redirectToLoginPage;

    HtmxAwareLoginEntryPoint(String loginPage) {
        this.loginPage = loginPage;
        this.redirectToLoginPage = new LoginUrlAuthenticationEntryPoint(loginPage);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + loginPage);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        else {
            redirectToLoginPage.commence(request, response, authException);
        }
    }
}
