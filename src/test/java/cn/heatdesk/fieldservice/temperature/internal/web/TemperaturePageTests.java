package cn.heatdesk.fieldservice.temperature.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.staff.SignedIn;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;

/**
 * 入户测温 pages and API (R-TEMP-3..6) at the page tests' fixed time, 2026-12-01 10:00, in the heating period.
 * Each test's district is rolled back.
 */
@PageTest
@Transactional
class TemperaturePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long household;

    @BeforeEach
    void district() {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long branch = f.branch("TT1", "测温东分公司");
        long area = f.area(branch, "TA1", "测温一片区", "T01", "tbutler");
        f.area(branch, "TA2", "测温二片区", "T02", "tbutler2");
        f.dispatcherOf("tdispatcher", branch);
        long unit = f.unit(f.building(f.community(area, "测温花园"), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        household = f.household(area, unit, "TM0001", "301", "王建华", "13812345678", null, "测温花园12号楼2单元301",
                "100.00", LocalDate.of(2021, 3, 1));
        f.status(household, 2026, HeatingStatus.IN_SERVICE);
    }

    static RequestPostProcessor as(StaffRole role, String username) {
        return SignedIn.as(new StaffMember(role.ordinal() + 1, username, username, role));
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void rTemp3_theFormShowsTheHouseholdWhatItIsOwedAndThreeRoomRows() throws Exception {
        String page = html(get("/temperature/new").param("customerId", String.valueOf(household)).param("visitId", "42"),
                as(StaffRole.BUTLER, "tbutler"));

        assertThat(page).contains("测温花园12号楼2单元301", "卧室、起居室不低于 18℃", "符合当时的采暖设计规范",
                "id=\"room-0\"", "id=\"room-2\"", "name=\"visitId\"", "value=\"42\"", "value=\"2026-12-01T10:00\"");
    }

    @Test
    void rTemp5_rTemp6_aColdBedroomIsJudgedAndShownWithItsOrderAndTheReduction() throws Exception {
        String location = mvc.perform(post("/temperature").with(as(StaffRole.BUTLER, "tbutler")).with(csrf())
                        .param("customerId", String.valueOf(household))
                        .param("measuredAt", "2026-12-01T09:40")
                        .param("instrument", "TES-1310 #07")
                        .param("outdoorCelsius", "-2")
                        .param("indoorSystemNormal", "true")
                        .param("heatingFeeYuan", "2256.35")
                        .param("rooms[0].roomType", "LIVING_ROOM").param("rooms[0].celsius", "18.5")
                        .param("rooms[1].roomType", "BEDROOM").param("rooms[1].roomName", "主卧")
                        .param("rooms[1].celsius", "16.5")
                        .param("rooms[2].roomType", "BEDROOM").param("rooms[2].celsius", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/temperature/\\d+");

        String page = html(get(location), as(StaffRole.BUTLER, "tbutler"));

        assertThat(page).contains("id=\"temp-verdict\"", "verdict-NON_COMPLIANT", "主卧", "16.5℃", "实测 16.5℃，低于标准 18℃",
                "已自动生成室温投诉工单 GD", "24 小时测温时限按时完成", "减免供热费 20%", "供热费 2256.35 元，减免 451.27 元",
                "示例");
        assertThat(page).doesNotContain("id=\"room-result-2\"");
    }

    @Test
    void rTemp3_aMissingInstrumentShowsTheFormAgainWithWhatWasTyped() throws Exception {
        String page = html(post("/temperature").param("customerId", String.valueOf(household))
                        .param("measuredAt", "2026-12-01T09:40").param("outdoorCelsius", "-2")
                        .param("rooms[0].roomType", "BEDROOM").param("rooms[0].celsius", "17.2"),
                as(StaffRole.BUTLER, "tbutler"));

        assertThat(page).contains("id=\"temp-error\"", "请填写测温仪器", "value=\"17.2\"");
    }

    @Test
    void rSys2_aButlerOfAnotherAreaDoesNotFindTheHousehold() throws Exception {
        mvc.perform(get("/temperature/new").param("customerId", String.valueOf(household))
                        .with(as(StaffRole.BUTLER, "tbutler2")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOutdoorPageImportsACsvForThoseWhoRecordAndOnlyListsForOthers() throws Exception {
        MockMultipartFile csv = new MockMultipartFile("file", "outdoor.csv", "text/csv",
                "时间,温度\n2026-12-01 08:00,-3.5\n2026-12-01 09:00,-2.75\n昨天,1\n".getBytes(StandardCharsets.UTF_8));
        String imported = mvc.perform(multipart("/temperature/outdoor/import").file(csv)
                        .with(as(StaffRole.BRANCH_DISPATCHER, "tdispatcher")).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(imported).contains("导入 2 条，已有记录跳过 0 条。", "第 4 行", "-2.75", "2026-12-01 09:00");
        String butlerView = html(get("/temperature/outdoor"), as(StaffRole.BUTLER, "tbutler"));
        assertThat(butlerView).contains("-3.5").doesNotContain("id=\"outdoor-import\"", "id=\"outdoor-entry\"");
    }

    @Test
    void rTemp3_theApiRecordsAMeasurementTakingTheImportedOutdoorTemperature() throws Exception {
        mvc.perform(post("/api/v1/temperature/outdoor").with(as(StaffRole.BRANCH_DISPATCHER, "tdispatcher"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measuredAt\":\"2026-12-01T09:00:00+08:00\",\"celsius\":-8.5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("ENTERED"));

        mvc.perform(post("/api/v1/temperature/measurements").with(as(StaffRole.BUTLER, "tbutler"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + household + ",\"measuredAt\":\"2026-12-01T09:30:00+08:00\","
                                + "\"instrument\":\"TES-1310\",\"rooms\":[{\"roomType\":\"BEDROOM\",\"celsius\":15.0}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("EXEMPT"))
                .andExpect(jsonPath("$.outdoorCelsius").value(-8.5))
                .andExpect(jsonPath("$.outdoorSource").value("ENTERED"))
                .andExpect(jsonPath("$.rooms[0].failedCondition").value("OUTDOOR_BELOW_DESIGN"))
                .andExpect(jsonPath("$.measuredAt").value("2026-12-01T09:30:00+08:00"))
                .andExpect(jsonPath("$.workOrder").doesNotExist())
                .andExpect(jsonPath("$.reduction.companyAtFault").value(false));
    }

    @Test
    void rTemp3_theApiNamesAMissingInstrumentAsAProblem() throws Exception {
        mvc.perform(post("/api/v1/temperature/measurements").with(as(StaffRole.BUTLER, "tbutler"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + household + ",\"outdoorCelsius\":-2,"
                                + "\"rooms\":[{\"roomType\":\"BEDROOM\",\"celsius\":15.0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("instrument"));
    }
}
