package cn.heatdesk.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.fieldservice.HomeVisits;
import cn.heatdesk.fieldservice.TodayVisit;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;
import cn.heatdesk.support.StatementCounter;
import cn.heatdesk.support.StatementCounter.Counted;
import cn.heatdesk.workorders.MutableClock;
import cn.heatdesk.workorders.WorkOrderTestConfig;

/**
 * A list of appointments costs a fixed number of statements, however many rows it has: the viewer's scope, the
 * areas, the customers' labels and the butlers' names are each read once per list, not once per row. On H2 only:
 * the count does not depend on the database, and the counting data source needs a context of its own.
 */
@SpringBootTest
@H2Test
@Import({ WorkOrderTestConfig.class, StatementCounter.class })
class AppointmentListStatementsTest {

    /**
     * The list's own reads (appointments, scope, areas, labels, butlers) and, when the policy engine's kept reads
     * have just expired, the season overrides and deadline terms once for the whole list.
     */
    static final int MOST_STATEMENTS_PER_LIST = 9;
    static final int ROWS = 30;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Appointments appointments;
    @Autowired
    HomeVisits visits;
    @Autowired
    StaffDirectory staff;
    @Autowired
    StatementCounter statements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    AppointmentFixtures f;
    ZonedDateTime day;

    /** 30 requests, 20 in the butler's area and 10 in the other one; ten of the butler's agreed for today. */
    @BeforeEach
    void thirtyAppointmentsOfTwoButlers() {
        f = new AppointmentFixtures(jdbc);
        staff.createAccount(f.butler.username(), "张伟", StaffRole.BUTLER, "a-long-test-password");
        staff.createAccount(f.otherButler.username(), "周敏", StaffRole.BUTLER, "a-long-test-password");
        day = ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZONE);
        clock.set(day.withHour(9).withMinute(15).toInstant());
        for (int i = 0; i < ROWS; i++) {
            Appointment a = appointments.request(
                    new NewAppointment(f.anotherHousehold(i % 3 == 2), null, null, "暖气不热"), f.agent);
            if (i % 3 != 2 && i < 15) {
                appointments.agree(a.id(), day.withHour(10 + i / 3 * 2 + i % 3).toInstant(), null, null, f.butler);
            }
        }
    }

    @Test
    @DisplayName("R-SYS-2 lists: the dispatcher's 30 open appointments cost a fixed number of statements")
    void theDispatchersListOfThirty() {
        Counted<List<AppointmentView>> list = count(() -> appointments.open(f.dispatcher));

        assertThat(list.result()).hasSize(ROWS);
        assertThat(list.count()).as("statements: %s", list.statements()).isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST);
    }

    @Test
    @DisplayName("R-SYS-2 lists: the hotline agent's company-wide list costs a fixed number of statements")
    void theAgentsCompanyWideList() {
        Counted<List<AppointmentView>> list = count(() -> appointments.open(f.agent));

        assertThat(list.result()).hasSizeGreaterThanOrEqualTo(ROWS);
        assertThat(list.count()).as("statements: %s", list.statements()).isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST);
    }

    @Test
    @DisplayName("R-APPT-1 lists: the butler's open appointments and his day cost a fixed number of statements")
    void theButlersListAndDay() {
        Counted<List<AppointmentView>> open = count(() -> appointments.open(f.butler));
        Counted<List<AppointmentView>> today = count(() -> appointments.day(LocalDate.of(2026, 12, 1), f.butler));

        assertThat(open.result()).hasSize(20);
        assertThat(open.count()).as("statements: %s", open.statements()).isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST);
        assertThat(today.result()).hasSize(10);
        assertThat(today.count()).as("statements: %s", today.statements())
                .isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST);
        // His own rows need no scope: neither list reads the areas.
        assertThat(open.statements()).noneMatch(sql -> sql.matches("(?is).*\\bFROM\\s+area\\b.*"));
        assertThat(today.statements()).noneMatch(sql -> sql.matches("(?is).*\\bFROM\\s+area\\b.*"));
    }

    @Test
    @DisplayName("R-HOME-1 lists: the butler's visits of the day cost one statement more than his day")
    void theButlersVisitsToday() {
        Counted<List<TodayVisit>> today = count(() -> visits.today(f.butler));

        assertThat(today.result()).hasSize(10);
        assertThat(today.count()).as("statements: %s", today.statements())
                .isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST + 1);
    }

    private <T> Counted<T> count(Supplier<T> work) {
        return statements.count(work);
    }
}
