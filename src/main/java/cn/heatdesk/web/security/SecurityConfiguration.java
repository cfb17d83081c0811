package cn.heatdesk.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import cn.heatdesk.staff.StaffRole;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains, tried in order: the JSON API (stateless, HTTP Basic), the actuator, and the
 * web pages (form login with a session and CSRF tokens). Passwords are checked by the staff module's
 * {@code UserDetailsService}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    private static final String ADMINISTRATOR = StaffRole.ADMINISTRATOR.name();

    private static final String[] SUPERVISION_ROLES = { StaffRole.SUPERVISOR.name(), StaffRole.MARKET_SERVICE.name(),
            StaffRole.BRANCH_DISPATCHER.name(), ADMINISTRATOR };

    private static final String[] PUBLIC_WEB_PATHS = { LOGIN_PAGE, "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error" };

    /**
     * No Micrometer observations of the filter chain, authentication or authorisation: wrapping every filter of every
     * request showed in the 12345 intake profile (docs/benchmarks.md). Request metrics (http.server.requests) stay.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The API never reads the HTTP session, so a browser's session cookie cannot be used to call it
     * from another site (no CSRF exposure) and every call carries its own credentials.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemDetailsSecurityHandler problems = new ProblemDetailsSecurityHandler(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/policy/**").permitAll()
                        // R-SYS-1: the 12345 city hotline authenticates with X-Api-Key, checked by its controller.
                        .requestMatchers("/api/v1/integrations/city-hotline/**").permitAll()
                        // A butler's calendar feed: the unguessable token in the path is the key.
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar-feeds/*").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMINISTRATOR)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /** Health stays public for load balancers; metrics and the rest are for administrators (Basic or session). */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemDetailsSecurityHandler problems = new ProblemDetailsSecurityHandler(json);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasRole(ADMINISTRATOR))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_WEB_PATHS).permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMINISTRATOR)
                        // Issue 4 pages; WorkOrders still checks every order against the person's scope (R-SYS-2).
                        .requestMatchers("/hotline", "/hotline/**").hasAnyRole(roles(StaffRole.HOTLINE_AGENT,
                                StaffRole.BUTLER, StaffRole.BRANCH_DISPATCHER, StaffRole.MARKET_SERVICE, StaffRole.ADMINISTRATOR))
                        .requestMatchers("/orders/queue").hasAnyRole(roles(StaffRole.BRANCH_DISPATCHER,
                                StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR))
                        .requestMatchers("/orders/callbacks").hasAnyRole(roles(StaffRole.HOTLINE_AGENT,
                                StaffRole.BRANCH_DISPATCHER, StaffRole.MARKET_SERVICE, StaffRole.SUPERVISOR,
                                StaffRole.ADMINISTRATOR))
                        // R-SUP-5, R-SUP-6: the board and the assessment are for those who supervise.
                        .requestMatchers("/supervision/**", "/assessment/**", "/supervision", "/assessment")
                        .hasAnyRole(SUPERVISION_ROLES)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
                // Session-backed tokens; htmx sends them from <meta name="_csrf"> / <meta name="_csrf_header">.
                .csrf(Customizer.withDefaults())
                // A new session id at sign-in defeats session fixation (Spring Security's default, made explicit).
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new HtmxAwareLoginEntryPoint(LOGIN_PAGE)));
        return http.build();
    }

    private static String[] roles(StaffRole... roles) {
        return java.util.Arrays.stream(roles).map(StaffRole::name).toArray(String[]::new);
    }
}
