package cn.heatdesk.fieldservice.inspections.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import cn.heatdesk.staff.SignedIn;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;

/** The inspection and building notice API (R-BUTLER-2..3): paths, fields, status codes. */
@H2Test
@org.springframework.boot.test.context.SpringBootTest
@Transactional
class InspectionApiTest {

    static final RequestPostProcessor BUTLER = SignedIn.as(new StaffMember(2, "api-butler", "张伟", StaffRole.BUTLER));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long area;
    long building;

    @BeforeEach
    void district() {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long branch = f.branch("AP1", "接口巡检分公司");
        area = f.area(branch, "APA1", "接口巡检片区", "AP01", "api-butler");
        building = f.building(f.community(area, "接口花园"), "7号楼", true, LocalDate.of(2021, 6, 1));
    }

    @Test
    @DisplayName("R-BUTLER-3: round → finding (201) routed by the resolver → notice PDF; bad input is problem+json")
    void rButler3_roundFindingNoticeOverHttp() throws Exception {
        String created = mvc.perform(post("/api/v1/inspections").with(BUTLER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaId\": " + area + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.areaName").value("接口巡检片区"))
                .andReturn().getResponse().getContentAsString();
        long round = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));

        mvc.perform(post("/api/v1/inspections/{id}/findings", round).with(BUTLER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"location\": \"BUILDING_FRONT_VALVE\", \"buildingId\": " + building
                                + ", \"description\": \"阀门渗漏\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.responsibleParty").value("COMPANY"))
                .andExpect(jsonPath("$.route").value("REPAIR_PLAN"))
                .andExpect(jsonPath("$.repairStatus").value("PLANNED"));

        String finding = mvc.perform(post("/api/v1/inspections/{id}/findings", round).with(BUTLER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"location\": \"INDOOR_SYSTEM\", \"buildingId\": " + building
                                + ", \"description\": \"户内暖气片漏水\", \"addressee\": \"7号楼1单元101 王建华\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.route").value("RECTIFICATION_NOTICE"))
                .andReturn().getResponse().getContentAsString();
        long notice = Long.parseLong(finding.replaceAll("^.*\"noticeId\":(\\d+).*$", "$1"));

        mvc.perform(get("/api/v1/inspections/rectification-notices/{id}/pdf", notice).with(BUTLER))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(post("/api/v1/inspections/rectification-notices/{id}/delivery", notice).with(BUTLER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"IN_PERSON\", \"deliveredTo\": \"王建华\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deliveredTo").value("王建华"));
        mvc.perform(post("/api/v1/inspections/rectification-notices/{id}/delivery", notice).with(BUTLER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"IN_PERSON\", \"deliveredTo\": \"王建华\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ALREADY_DELIVERED"));
        mvc.perform(post("/api/v1/inspections/{id}/findings", round).with(BUTLER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"location\": \"METER\", \"buildingId\": " + building + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("description"));
    }

    @Test
    @DisplayName("R-BUTLER-2: coverage, posting (201) and a second posting (409)")
    void rButler2_buildingNoticesOverHttp() throws Exception {
        mvc.perform(get("/api/v1/building-notices").param("areaId", String.valueOf(area)).with(BUTLER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.incomplete").value(1))
                .andExpect(jsonPath("$.rows[0].missing.length()").value(2));
        String body = "{\"buildingId\": " + building + ", \"kind\": \"PAYMENT\"}";
        mvc.perform(post("/api/v1/building-notices").with(BUTLER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/building-notices").with(BUTLER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ALREADY_POSTED"));
    }
}
