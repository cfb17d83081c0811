package cn.heatdesk.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
@WithMockUser(roles = "BUTLER")
class PageErrorTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("R-SYS-4: a page that is not there answers a browser in Chinese, without a stack trace")
    void answersAMissingPageWithAChinesePage() throws Exception {
        String html = mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("找不到这个页面", "回到首页", "id=\"nav-calculator\"")
                .doesNotContain("Exception", "at cn.heatdesk");
    }

    @Test
    void stillAnswersMachineClientsWithProblemDetails() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersAWrongMethodWithAChinesePage() throws Exception {
        String html = mvc.perform(delete("/").with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isMethodNotAllowed())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("出错了", "这个请求没法处理");
    }
}
