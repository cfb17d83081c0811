package cn.heatdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;

@SpringBootTest
@H2Test
@Transactional
class SecurityRulesTests {

    static final String ADMIN_PASSWORD = "admin-password";
    static final String BUTLER_PASSWORD = "butler-password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffDirectory directory;

    @BeforeEach
    void openAccounts() {
        directory.createAccount("admin", "王建国", StaffRole.ADMINISTRATOR, ADMIN_PASSWORD);
        directory.createAccount("butler", "张伟", StaffRole.BUTLER, BUTLER_PASSWORD);
    }

    /** The response status, for endpoints other modules have not built yet: only "not refused" matters. */
    static int status(MvcTestResult result) {
        return result.getResponse().getStatus();
    }

    MockHttpSession signInThroughTheForm(String username, String password) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(password));
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Nested
    class PublicPolicyApi {

        @Test
        void isReachableWithoutSigningIn() {
            assertThat(status(mvc.get().uri("/api/v1/policy/heating-fees").exchange())).isNotIn(401, 403);
        }
    }

    @Nested
    class AdminApi {

        @Test
        void answersAnAnonymousCallWith401ProblemDetails() {
            MvcTestResult result = mvc.get().uri("/api/v1/admin/accounts").exchange();

            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHORIZED");
            assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
            assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/admin/accounts");
        }

        @Test
        void answersAWrongPasswordWith401() {
            MvcTestResult result = mvc.get().uri("/api/v1/admin/accounts")
                    .with(httpBasic("admin", "not-the-password")).exchange();

            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHORIZED");
        }

        @Test
        void answersAButlerWith403ProblemDetails() {
            MvcTestResult result = mvc.get().uri("/api/v1/admin/accounts")
                    .with(httpBasic("butler", BUTLER_PASSWORD)).exchange();

            assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
        }

        @Test
        void letsTheAdministratorThroughWithBasicAuthentication() {
            assertThat(status(mvc.get().uri("/api/v1/admin/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
                    .exchange())).isNotIn(401, 403);
        }

        @Test
        void ignoresTheBrowserSessionOfASignedInAdministrator() {
            MockHttpSession session = signInThroughTheForm("admin", ADMIN_PASSWORD);

            assertThat(status(mvc.get().uri("/").session(session).exchange())).isNotIn(302, 401, 403);
            assertThat(mvc.get().uri("/api/v1/admin/accounts").session(session))
                    .hasStatus(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void createsNoSessionForABasicCall() {
            MvcTestResult result = mvc.get().uri("/api/v1/admin/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
                    .exchange();

            assertThat(result.getRequest().getSession(false)).isNull();
        }
    }

    @Nested
    class OtherApi {

        @Test
        void needsAuthentication() {
            assertThat(mvc.get().uri("/api/v1/work-orders")).hasStatus(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void isOpenToAnySignedInRole() {
            assertThat(status(mvc.get().uri("/api/v1/work-orders").with(httpBasic("butler", BUTLER_PASSWORD))
                    .exchange())).isNotIn(401, 403);
        }

        @Test
        void needsNoCsrfTokenBecauseItIgnoresCookies() {
            assertThat(status(mvc.post().uri("/api/v1/work-orders").with(httpBasic("butler", BUTLER_PASSWORD))
                    .exchange())).isNotIn(401, 403);
        }
    }

    @Nested
    class Actuator {

        @Test
        void showsHealthToEveryone() {
            assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
            assertThat(status(mvc.get().uri("/actuator/health/db").exchange())).isNotIn(401, 403);
        }

        @Test
        void hidesPrometheusMetricsFromAnonymousCallers() {
            MvcTestResult result = mvc.get().uri("/actuator/prometheus").exchange();

            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }

        @Test
        void hidesPrometheusMetricsFromAButler() {
            assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("butler", BUTLER_PASSWORD)))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }

        @Test
        void showsPrometheusMetricsToTheAdministratorWithBasicAuthentication() {
            assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("admin", ADMIN_PASSWORD)))
                    .hasStatusOk()
                    .bodyText().contains("jvm_memory_used_bytes");
        }

        @Test
        void showsPrometheusMetricsToTheAdministratorSignedInInTheBrowser() {
            MockHttpSession session = signInThroughTheForm("admin", ADMIN_PASSWORD);

            assertThat(mvc.get().uri("/actuator/prometheus").session(session)).hasStatusOk();
        }
    }

    @Nested
    class WebPages {

        @Test
        void rendersTheLoginPageWithItsFieldsAndACsrfToken() {
            MvcTestResult result = mvc.get().uri("/login").exchange();

            assertThat(result).hasStatusOk().hasViewName("login");
            assertThat(result).bodyText()
                    .contains("id=\"username\"", "name=\"username\"", "id=\"password\"", "name=\"password\"",
                            "id=\"login-submit\"", "name=\"_csrf\"")
                    .doesNotContain("用户名或密码错误");
        }

        @Test
        void showsTheErrorInChineseAfterAFailedSignIn() {
            assertThat(mvc.get().uri("/login").param("error", "")).bodyText().contains("用户名或密码错误");
        }

        @Test
        void sendsAnonymousVisitorsToTheLoginPage() {
            assertThat(mvc.get().uri("/work-orders")).hasStatus(HttpStatus.FOUND)
                    .redirectedUrl().endsWith("/login");
        }

        @Test
        void tellsHtmxToLoadTheLoginPageInsteadOfSwappingItIntoAFragment() {
            assertThat(mvc.get().uri("/work-orders").header("HX-Request", "true"))
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasHeader("HX-Redirect", "/login");
        }

        @Test
        void servesPublicResourcesWithoutSigningIn() {
            for (String path : new String[] { "/css/app.css", "/js/app.js", "/img/logo.png", "/favicon.ico",
                    "/webjars/htmx.org/dist/htmx.min.js" }) {
                assertThat(status(mvc.get().uri(path).exchange())).as(path).isNotIn(302, 401, 403);
            }
            assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
        }

        @Test
        void publishesTheOpenApiDescriptionAndSwaggerUiWithoutSigningIn() {
            assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk();
            assertThat(mvc.get().uri("/swagger-ui.html")).redirectedUrl().endsWith("/swagger-ui/index.html");
            assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
        }

        @Test
        void signsInWithTheRightPasswordAndSendsTheUserHome() {
            signInThroughTheForm("butler", BUTLER_PASSWORD);
        }

        @Test
        void sendsAWrongPasswordBackToTheLoginPageWithAnError() {
            assertThat(mvc.perform(formLogin("/login").user("butler").password("wrong-password")))
                    .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
        }

        @Test
        void refusesASignInWithoutCsrfToken() {
            assertThat(mvc.post().uri("/login").param("username", "butler").param("password", BUTLER_PASSWORD))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }

        @Test
        void refusesALogoutWithoutCsrfToken() {
            MockHttpSession session = signInThroughTheForm("butler", BUTLER_PASSWORD);

            assertThat(mvc.post().uri("/logout").session(session)).hasStatus(HttpStatus.FORBIDDEN);
        }

        @Test
        void refusesAnyWebPostWithoutCsrfTokenEvenWhenSignedIn() {
            MockHttpSession session = signInThroughTheForm("butler", BUTLER_PASSWORD);

            assertThat(mvc.post().uri("/work-orders").session(session)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(status(mvc.post().uri("/work-orders").session(session).with(csrf()).exchange()))
                    .isNotEqualTo(403);
        }

        @Test
        void logsOutToTheLoginPage() {
            MockHttpSession session = signInThroughTheForm("butler", BUTLER_PASSWORD);

            assertThat(mvc.post().uri("/logout").session(session).with(csrf()))
                    .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?logout");
            assertThat(session.isInvalid()).isTrue();
        }

        @Test
        void givesANewSessionIdOnSignInAgainstSessionFixation() {
            MockHttpSession session = new MockHttpSession();
            String idBeforeSignIn = session.getId();

            MvcTestResult result = mvc.post().uri("/login").session(session).with(csrf())
                    .param("username", "butler").param("password", BUTLER_PASSWORD).exchange();

            assertThat(result).hasRedirectedUrl("/");
            assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(idBeforeSignIn);
        }

        @Test
        void keepsAdministrationPagesForTheAdministrator() {
            MockHttpSession butler = signInThroughTheForm("butler", BUTLER_PASSWORD);
            MockHttpSession admin = signInThroughTheForm("admin", ADMIN_PASSWORD);

            assertThat(mvc.get().uri("/admin/accounts").session(butler)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(status(mvc.get().uri("/admin/accounts").session(admin).exchange())).isNotIn(401, 403);
        }

        @Test
        void sendsASignedInUserFromTheLoginPageHome() {
            MockHttpSession session = signInThroughTheForm("butler", BUTLER_PASSWORD);

            assertThat(mvc.get().uri("/login").session(session)).hasRedirectedUrl("/");
        }
    }
}
