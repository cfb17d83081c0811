package cn.heatdesk.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;

/** The notification API over HTTP Basic (R-NOTIFY-1..4, R-SUSPEND-1): status codes, fields and roles. */
@SpringBootTest
@H2Test
class NotificationApiTest {

    static final String PASSWORD = "notify-api-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;

    NotificationFixtures f;
    String clerk;

    @BeforeEach
    void setUp() {
        f = new NotificationFixtures(jdbc);
        clerk = "apiclerk" + f.tag.toLowerCase();
        staff.createAccount(clerk, "赵敏", StaffRole.MARKET_SERVICE, PASSWORD);
    }

    @Test
    void rNotify1_listsTheCatalogWithMaterialsAndSampleMarks() throws Exception {
        mvc.perform(get("/api/v1/notification/items/SUSPENSION").with(httpBasic(clerk, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("SUSPENSION"))
                .andExpect(jsonPath("$.materials.length()").value(4))
                .andExpect(jsonPath("$.sampleFields").isArray());
    }

    @Test
    void rNotify3_createsANoticeWith201AndEveryMissingMaterial() throws Exception {
        mvc.perform(post("/api/v1/notification/notices").with(httpBasic(clerk, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"SUSPENSION\",\"customerId\":" + f.household
                                + ",\"channel\":\"COUNTER\",\"brought\":[\"户主身份证原件及复印件\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").isString())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.outstanding.length()").value(3))
                .andExpect(jsonPath("$.suspensionNote").isString())
                .andExpect(jsonPath("$.issuedAt").value(org.hamcrest.Matchers.endsWith("+08:00")));
    }

    @Test
    void refusesAnUnknownMaterialWith400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/notification/notices").with(httpBasic(clerk, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"SUSPENSION\",\"applicant\":\"刘先生\",\"brought\":[\"结婚证\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("brought"));
    }

    @Test
    void rNotify1_onlyAdministratorsAddVersions() throws Exception {
        mvc.perform(post("/api/v1/notification/items").with(httpBasic(clerk, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"X" + f.tag + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void rSuspend1_answersTheSuspensionWindow() throws Exception {
        mvc.perform(get("/api/v1/notification/suspension-window").with(httpBasic(clerk, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastDayToApply").value(org.hamcrest.Matchers.endsWith("-10-15")));
    }
}
