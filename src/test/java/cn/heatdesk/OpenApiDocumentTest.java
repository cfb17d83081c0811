package cn.heatdesk;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import cn.heatdesk.support.H2Test;

/** The OpenAPI document is public and describes every policy endpoint other systems call. */
@SpringBootTest
@H2Test
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void publishesThePolicyApiWithoutLogin() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/policy/season-phase")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/policy/connection-fee")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/policy/responsibility")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/policy/heating-rate")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/policy/temperature-judgement")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/policy/deadline")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/admin/policy-versions")));
    }

    @Test
    void servesSwaggerUiWithoutLogin() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk());
    }
}
