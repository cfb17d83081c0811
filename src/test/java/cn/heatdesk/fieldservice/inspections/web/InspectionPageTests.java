package cn.heatdesk.fieldservice.inspections.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.fieldservice.inspections.BuildingNotices;
import cn.heatdesk.fieldservice.inspections.Finding;
import cn.heatdesk.fieldservice.inspections.Inspections;
import cn.heatdesk.fieldservice.inspections.NewFinding;
import cn.heatdesk.fieldservice.inspections.NewRound;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.staff.SignedIn;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;

/** The inspection pages at 2026-12-01 10:00 (start phase of 2026-2027), R-BUTLER-2..3. */
@PageTest
@Transactional
class InspectionPageTests {

    static final StaffMember BUTLER = new StaffMember(2, "page-butler", "张伟", StaffRole.BUTLER);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inspections inspections;
    @Autowired
    BuildingNotices buildingNotices;

    long area;
    long b1;
    long b2;
    long b10;
    long wang;

    static RequestPostProcessor butler() {
        return SignedIn.as(BUTLER);
    }

    @BeforeEach
    void district() {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long branch = f.branch("P1", "页面巡检分公司");
        area = f.area(branch, "PA1", "页面巡检片区", "P01", "page-butler");
        long garden = f.community(area, "页面花园");
        b10 = f.building(garden, "10号楼", true, LocalDate.of(2021, 6, 1));
        b2 = f.building(garden, "2号楼", true, LocalDate.of(2021, 6, 1));
        b1 = f.building(garden, "1号楼", true, LocalDate.of(2021, 6, 1));
        long unit = f.unit(b2, "1单元");
        wang = f.household(area, unit, "P0001", "301", "王建华", "13812345678", null, "页面花园2号楼1单元301", "90.00",
                LocalDate.of(2021, 3, 1));
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).with(butler()).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void startsARoundFromTheListAndOpensIt() throws Exception {
        assertThat(html("/inspections")).contains("id=\"round-start\"", "页面巡检片区（管家P01号）", "没有待处理的整改通知书");

        String location = mvc.perform(post("/inspections").with(butler()).with(csrf()).param("areaId", String.valueOf(area))
                        .param("inspectedOn", "2026-12-01"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/inspections/");
        assertThat(html(location)).contains("页面巡检片区 2026-12-01 巡检", "id=\"finding-new\"", "页面花园 1号楼",
                "value=\"2026-12-08\"");
    }

    @Test
    @DisplayName("R-BUTLER-3: a finding in the indoor system comes back with a link to its rectification notice")
    void rButler3_recordsAFindingAndLinksToTheNotice() throws Exception {
        long round = inspections.startRound(new NewRound(area, LocalDate.of(2026, 12, 1), null, null), BUTLER);

        mvc.perform(post("/inspections/" + round + "/findings").with(butler()).with(csrf())
                        .param("location", "INDOOR_SYSTEM").param("buildingId", String.valueOf(b2))
                        .param("customerKind", "RESIDENTIAL").param("description", "暖气片漏水")
                        .param("addressee", "王建华").param("reinspectionOn", "2026-12-08"))
                .andExpect(redirectedUrl("/inspections/" + round));

        String page = html("/inspections/" + round);
        assertThat(page).contains("暖气片漏水", "用户自有", "/rectification-notices/");
    }

    @Test
    @DisplayName("R-SYS-5: in English the round names locations, parties and customer kinds in English")
    void rSys5_theRoundInEnglish() throws Exception {
        long round = inspections.startRound(new NewRound(area, LocalDate.of(2026, 12, 1), null, null), BUTLER);
        inspections.recordFinding(round, new NewFinding(null, BoundaryLocation.INDOOR_SYSTEM, null, wang, null, "暖气片漏水",
                null, null, null, null), BUTLER);

        String page = html("/inspections/" + round + "?lang=en");

        // The finding's reason stays as the policy words it (Chinese, quoting the document); the labels do not.
        assertThat(page).contains("<strong>Indoor pipes and radiators</strong>", "party-CUSTOMER\">Customer</span>",
                        ">Building-front valve</option>", ">Household</option>")
                .doesNotContain("<strong>户内管道及散热器</strong>", ">用户自有</span>", ">楼前阀门</option>", ">居民用户</option>");
    }

    @Test
    @DisplayName("R-BOUND-4: a contract date no policy covers comes back as a Chinese message, nothing recorded")
    void rBound4_showsTheMessageOnThePage() throws Exception {
        long round = inspections.startRound(new NewRound(area, LocalDate.of(2026, 12, 1), null, null), BUTLER);

        String page = mvc.perform(post("/inspections/" + round + "/findings").with(butler()).with(csrf())
                        .param("location", "SECONDARY_NETWORK").param("customerKind", "RESIDENTIAL")
                        .param("place", "东门管沟").param("description", "管沟积水").param("contractDate", "2025-06-01"))
                .andReturn().getFlashMap().get("error").toString();

        assertThat(page).isNotBlank();
        assertThat(inspections.round(round, BUTLER).findings()).isEmpty();
    }

    @Test
    @DisplayName("R-BUTLER-3: the notice page offers the PDF and records the delivery; the PDF answers application/pdf")
    void rButler3_noticePageDeliveryAndPdf() throws Exception {
        long round = inspections.startRound(new NewRound(area, LocalDate.of(2026, 12, 1), null, null), BUTLER);
        Finding finding = inspections.recordFinding(round, new NewFinding(null, BoundaryLocation.INDOOR_SYSTEM, null, wang,
                null, "暖气片漏水", null, null, null, null), BUTLER);
        String path = "/rectification-notices/" + finding.noticeId();

        assertThat(html(path)).contains("id=\"notice-pdf\"", path + ".pdf", "id=\"delivery-form\"", "王建华",
                "登记送达后才能复查");
        mvc.perform(post(path + "/delivery").with(butler()).with(csrf()).param("method", "IN_PERSON")
                .param("deliveredTo", "王建华")).andExpect(redirectedUrl(path));
        assertThat(html(path)).contains("id=\"delivery-recorded\"", "当面送达", "2026-12-01 10:00",
                "复查日期 2026-12-08 起可以登记复查").doesNotContain("id=\"delivery-form\"");

        byte[] pdf = mvc.perform(get(path + ".pdf").with(butler())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    @DisplayName("R-BUTLER-3: company findings appear in the repair plan; a butler cannot move them")
    void rButler3_repairPlanPage() throws Exception {
        long round = inspections.startRound(new NewRound(area, LocalDate.of(2026, 12, 1), null, null), BUTLER);
        Finding finding = inspections.recordFinding(round, new NewFinding(null, BoundaryLocation.BUILDING_FRONT_VALVE, b1,
                null, null, "楼前阀门渗漏", null, null, null, null), BUTLER);

        assertThat(html("/repair-plan")).contains("id=\"repair-" + finding.repairItemId() + "\"", "楼前阀门渗漏", "计划中")
                .doesNotContain("repair-start-" + finding.repairItemId());
    }

    @Test
    @DisplayName("R-BUTLER-2: the coverage view names the phase and lists buildings naturally with what is missing")
    void rButler2_coveragePage() throws Exception {
        buildingNotices.post(b2, cn.heatdesk.fieldservice.inspections.domain.NoticeKind.PAYMENT, null, BUTLER);

        String page = html("/building-notices?areaId=" + area);

        assertThat(page).contains("2026-2027 供暖季 季初（2026-11-08 至 2026-12-24）", "本阶段还有 3 栋楼缺少通知（共 3 栋）",
                "bn-post-" + b2 + "-WATER_FILLING").doesNotContain("bn-post-" + b2 + "-PAYMENT");
        assertThat(page.indexOf("bn-building-" + b1)).isLessThan(page.indexOf("bn-building-" + b2));
        assertThat(page.indexOf("bn-building-" + b2)).isLessThan(page.indexOf("bn-building-" + b10));

        mvc.perform(post("/building-notices").with(butler()).with(csrf()).param("buildingId", String.valueOf(b2))
                .param("kind", "WATER_FILLING").param("areaId", String.valueOf(area)))
                .andExpect(redirectedUrl("/building-notices?areaId=" + area));
        assertThat(html("/building-notices?areaId=" + area)).contains("本阶段还有 2 栋楼缺少通知（共 3 栋）");
    }
}
