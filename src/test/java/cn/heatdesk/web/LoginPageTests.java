package cn.heatdesk.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class LoginPageTests {

    @Autowired
    MockMvc mvc;

    private String login(String param) throws Exception {
        var request = get("/login");
        if (param != null) {
            request.param(param, "");
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void offersTheSignInFormWithItsFieldsAndCsrfToken() throws Exception {
        assertThat(login(null)).contains("action=\"/login\"", "id=\"username\"", "name=\"username\"",
                        "id=\"password\"", "name=\"password\"", "id=\"login-submit\"", "name=\"_csrf\"", "供热服务台")
                .doesNotContain("id=\"nav-home\"", "用户名或密码错误", "退出登录");
    }

    @Test
    void saysTheUsernameOrPasswordWasWrong() throws Exception {
        assertThat(login("error")).contains("id=\"login-error\"", "用户名或密码错误");
    }

    @Test
    void confirmsTheSignOut() throws Exception {
        assertThat(login("logout")).contains("id=\"logout-message\"", "已退出登录");
    }
}
