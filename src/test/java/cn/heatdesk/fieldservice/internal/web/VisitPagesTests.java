package cn.heatdesk.fieldservice.internal.web;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.appointments.AppointmentFixtures;
import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.NewAppointment;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.fieldservice.HomeVisits;
import cn.heatdesk.fieldservice.domain.HomeVisit;
import cn.heatdesk.web.PageTest;

/** The butler's and the desk's pages for appointments and home visits (R-APPT-1..5, R-HOME-1..2), at 2026-12-01 10:00. */
@PageTest
@Transactional
class VisitPagesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Appointments appointments;
    @Autowired
    HomeVisits visits;

    AppointmentFixtures f;

    @BeforeEach
    void district() {
        f = new AppointmentFixtures(jdbc);
    }

    static Instant today(int hour) {
        return ZonedDateTime.of(2026, 12, 1, hour, 0, 0, 0, ZONE).toInstant();
    }

    Appointment agreedToday(int hour) {
        Appointment a = appointments.request(new NewAppointment(f.household, null, null, "暖气不热"), f.agent);
        return appointments.agree(a.id(), today(hour), null, null, f.butler);
    }

    @Test
    void rHome1_theButlerSeesTodaysVisitsChecksInAndGetsTheChecklistWithTheMeasurementLink() throws Exception {
        Appointment a = agreedToday(14);

        String list = mvc.perform(get("/visits").with(as(f.butler)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("今日入户", "14:00", "王建华", "id=\"check-in-" + a.id() + "\"", "id=\"nav-visits\"");

        String location = mvc.perform(post("/visits/start").param("appointmentId", String.valueOf(a.id()))
                        .with(as(f.butler)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/visits/");
        long visitId = Long.parseLong(location.substring("/visits/".length()));

        String page = mvc.perform(get(location).with(as(f.butler)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("十个一入户服务", "1. 一敲：文明敲门三声", "10. 一访", "id=\"tick-9\"")
                .doesNotContain("id=\"tick-10\"")
                .contains("/temperature/new?customerId=" + f.household + "&amp;visitId=" + visitId);
    }

    @Test
    void rHome1_finishingWithMissingStepsSaysWhichInChinese() throws Exception {
        HomeVisit visit = visits.start(agreedToday(11).id(), f.butler);
        mvc.perform(post("/visits/" + visit.id() + "/finish").with(as(f.butler)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("还有步骤未完成")));
    }

    @Test
    void rAppt4_theAppointmentPageShowsTheNoticeDeadline() throws Exception {
        Appointment a = agreedToday(14);
        String page = mvc.perform(get("/appointments/" + a.id()).with(as(f.butler)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"notice-deadline\"", "2026-12-01 13:00", "晚于此时告知记为违规");
    }

    @Test
    void rAppt3_theSecondChangeIsRefusedWithAClearMessage() throws Exception {
        Appointment a = agreedToday(14);
        mvc.perform(post("/appointments/" + a.id() + "/change").param("startsAt", "2026-12-01T16:00")
                        .param("consent", "电话中同意").with(as(f.butler)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "ok"));
        mvc.perform(post("/appointments/" + a.id() + "/change").param("startsAt", "2026-12-01T17:00")
                        .param("consent", "电话中同意").with(as(f.butler)).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("只能更改一次")));
    }

    @Test
    void followUpsAreForTheCallersNotTheVisitor() throws Exception {
        mvc.perform(get("/visits/follow-ups").with(as(f.butler)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/visits/follow-ups").with(as(f.agent)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
    }

    @Test
    void theCalendarFeedNeedsNoLoginButItsToken() throws Exception {
        Appointment a = agreedToday(15);
        String token = appointments.calendarToken(f.butler);
        String ics = mvc.perform(get("/api/v1/calendar-feeds/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:appointment-" + a.id() + "@",
                "DTSTART:20261201T070000Z", "END:VCALENDAR\r\n");
        mvc.perform(get("/api/v1/calendar-feeds/" + "x".repeat(32) + ".ics")).andExpect(status().isNotFound());
    }
}
