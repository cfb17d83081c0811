package cn.heatdesk.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.PersonalField;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;

/** R-SYS-2: the log of full views of personal data, for administrators only. */
@PageTest
@Transactional
class RevealLogPageTests {

    static final StaffMember BUTLER = new StaffMember(2, "butler", "张伟", StaffRole.BUTLER);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerFiles files;

    PageDistrict district;

    @BeforeEach
    void district() {
        district = new PageDistrict(jdbc);
    }

    @Test
    void showsWhoSawWhoseWhichFieldWhenAndWhy() throws Exception {
        files.reveal(district.wang, PersonalField.PHONE, "回电联系用户", BUTLER);

        String page = mvc.perform(get("/admin/personal-data-reveals").with(PageDistrict.admin())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("2026-12-01 10:00", "butler", ">P0001<", "href=\"/customers/" + district.wang + "\"",
                "联系电话", "回电联系用户", "id=\"nav-reveals\"").doesNotContain("13812345678");
    }

    @Test
    void pagesThirtyAtATimeNewestFirstWithHtmx() throws Exception {
        for (int i = 0; i < 31; i++) {
            files.reveal(district.wang, PersonalField.PHONE, "第" + i + "次", BUTLER);
        }

        String first = mvc.perform(get("/admin/personal-data-reveals").with(PageDistrict.admin())
                        .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/admin/personal-data-reveals").param("page", "1").header("HX-Request", "true")
                        .with(PageDistrict.admin()).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();

        assertThat(first).contains("第30次", "id=\"reveals-older\"").doesNotContain(">第0次<");
        assertThat(second.strip()).startsWith("<div id=\"reveal-table\"");
        assertThat(second).contains(">第0次<", "id=\"reveals-newer\"").doesNotContain("第30次", "<html");
    }

    @Test
    void saysSoWhenNobodyHasLookedYet() throws Exception {
        assertThat(mvc.perform(get("/admin/personal-data-reveals").with(PageDistrict.admin()).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString()).contains("id=\"reveals-empty\"");
    }

    @Test
    @DisplayName("R-SYS-2: only administrators read the log")
    void refusesEveryoneElse() throws Exception {
        mvc.perform(get("/admin/personal-data-reveals").with(PageDistrict.supervisor()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }
}
