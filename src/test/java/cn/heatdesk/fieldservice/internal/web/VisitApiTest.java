package cn.heatdesk.fieldservice.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.heatdesk.appointments.AppointmentFixtures;
import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.NewAppointment;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;
import cn.heatdesk.workorders.MutableClock;
import cn.heatdesk.workorders.WorkOrderTestConfig;

/**
 * The home visit API as a phone app would use it (R-APPT-2, R-HOME-1, R-HOME-2): today's list, check-in, the nine
 * steps, paid items only with consent, damage with its remedy, photos checked by their bytes, finish, and step 10 as a
 * follow-up call for someone other than the visitor.
 */
@SpringBootTest
@H2Test
@Import(WorkOrderTestConfig.class)
class VisitApiTest {

    static final String PASSWORD = "visit-api-password-1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @Autowired
    MockMvc mvc;
    @Autowired
    Appointments appointments;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    AppointmentFixtures f;
    Appointment agreed;

    @BeforeEach
    void anAgreedVisitThisMorning() {
        f = new AppointmentFixtures(jdbc);
        staff.createAccount(f.butler.username(), f.butler.displayName(), StaffRole.BUTLER, PASSWORD);
        staff.createAccount(f.otherButler.username(), f.otherButler.displayName(), StaffRole.BUTLER, PASSWORD);
        staff.createAccount(f.agent.username(), f.agent.displayName(), StaffRole.HOTLINE_AGENT, PASSWORD);
        ZonedDateTime day = ZonedDateTime.of(2026, 12, 3, 0, 0, 0, 0, ZONE);
        clock.set(day.withHour(8).withMinute(5).toInstant());
        Appointment requested = appointments.request(new NewAppointment(f.household, null, null, "暖气不热"), f.agent);
        agreed = appointments.agree(requested.id(), day.withHour(9).toInstant(), null, null, f.butler);
    }

    @Test
    void rHome1_aButlersVisitThroughTheApiFromTodaysListToTheFollowUpCall() throws Exception {
        String butler = f.butler.username();
        mvc.perform(get("/api/v1/visits/today").with(httpBasic(butler, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].appointmentId").value(hasItem((int) agreed.id())));

        String started = mvc.perform(post("/api/v1/visits").with(httpBasic(butler, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"appointmentId\":" + agreed.id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/visits/")))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.steps.length()").value(10))
                .andReturn().getResponse().getContentAsString();
        long visit = ((Number) JsonPath.read(started, "$.id")).longValue();

        // Someone else's area: not found (R-SYS-2).
        mvc.perform(get("/api/v1/visits/" + visit).with(httpBasic(f.otherButler.username(), PASSWORD)))
                .andExpect(status().isNotFound());
        // Step 10 is the follow-up call, not the visitor's tick; finishing needs steps 1–9.
        mvc.perform(post("/api/v1/visits/" + visit + "/steps/10").with(httpBasic(butler, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/visits/" + visit + "/finish").with(httpBasic(butler, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1.一敲")));
        for (int step = 1; step <= 9; step++) {
            mvc.perform(post("/api/v1/visits/" + visit + "/steps/" + step).with(httpBasic(butler, PASSWORD)))
                    .andExpect(status().isOk());
        }

        // A paid item needs the customer's recorded consent; damage needs its remedy (R-HOME-2).
        mvc.perform(post("/api/v1/visits/" + visit + "/paid-items").with(httpBasic(butler, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"更换暖气片阀门\",\"amount\":85.00,\"consent\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/visits/" + visit + "/paid-items").with(httpBasic(butler, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"更换暖气片阀门\",\"amount\":85.00,\"consent\":\"户主王建华当面同意\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paidItems[0].amount").value(85.00));
        mvc.perform(post("/api/v1/visits/" + visit + "/damages").with(httpBasic(butler, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"地板划痕\",\"remedy\":null,\"remedyNote\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/visits/" + visit + "/damages").with(httpBasic(butler, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"地板划痕\",\"remedy\":\"COMPENSATE\",\"remedyNote\":\"赔偿 200 元\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.damages[0].remedy").value("COMPENSATE"));

        // Photos: the bytes decide the type, not the name.
        mvc.perform(multipart("/api/v1/visits/" + visit + "/photos")
                        .file(new MockMultipartFile("photo", "fake.png", "image/png", "not a picture".getBytes()))
                        .with(httpBasic(butler, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/visits/" + visit + "/photos")
                        .file(new MockMultipartFile("photo", "valve.png", "image/png", PNG))
                        .param("caption", "更换后的阀门").with(httpBasic(butler, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"));

        mvc.perform(post("/api/v1/visits/" + visit + "/finish").with(httpBasic(butler, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finishedAt").value(notNullValue()))
                .andExpect(jsonPath("$.followUp.id").value(notNullValue()));

        // Step 10: the follow-up call is for the hotline, not for the visitor.
        String followUps = mvc.perform(get("/api/v1/visits/follow-ups").with(httpBasic(f.agent.username(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].visitId").value(hasItem((int) visit)))
                .andReturn().getResponse().getContentAsString();
        long followUp = ((Number) JsonPath.<java.util.List<Object>>read(followUps,
                "$[?(@.visitId == " + visit + ")].id").get(0)).longValue();
        mvc.perform(post("/api/v1/visits/follow-ups/" + followUp).with(httpBasic(butler, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reached\":true,\"satisfied\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/visits/follow-ups/" + followUp).with(httpBasic(f.agent.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reached\":true,\"satisfied\":true,\"comment\":\"满意\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneBy").value(f.agent.username()));
        mvc.perform(get("/api/v1/visits/follow-ups").with(httpBasic(f.agent.username(), PASSWORD)))
                .andExpect(jsonPath("$[*].visitId").value(not(hasItem((int) visit))));
    }
}
