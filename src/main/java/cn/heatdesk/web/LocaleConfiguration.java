package cn.heatdesk.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * R-SYS-5: Chinese by default, English on request. {@code ?lang=en} or {@code ?lang=zh} switches and a
 * cookie remembers the choice, so a shared hotline desk keeps the language its agent picked.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "heatdesk-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new GetOnlyLocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /**
     * Switches only on GET and HEAD, which is how the language links ask. Asking any other request for a
     * parameter makes the container parse its body right here: for an upload over the limit (R-SYS-4) that
     * fails in this interceptor instead of in the handler that answers it with a clear message.
     */
    static final class GetOnlyLocaleChangeInterceptor extends LocaleChangeInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return true;
            }
            return super.preHandle(request, response, handler);
        }
    }
}
