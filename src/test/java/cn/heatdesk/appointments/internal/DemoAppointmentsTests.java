package cn.heatdesk.appointments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.appointments.AppointmentView;
import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.domain.AppointmentStatus;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/** The demo butler's day of visits in a demo-mode application (the same context as the demo district tests). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoAppointmentsTests {

    static final StaffMember BUTLER = new StaffMember(2, "butler", "张伟", StaffRole.BUTLER);

    @Autowired
    Appointments appointments;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void agreesFourVisitsTodayAtTheFirstHouseholdsOfTheButlersAreas() {
        LocalDate today = LocalDate.now(clock.withZone(appointments.zone()));
        List<Long> firstOfTheButlersAreas = jdbc.sql("""
                SELECT c.id FROM customer c JOIN area a ON a.id = c.area_id WHERE a.butler_username = 'butler'
                ORDER BY c.id FETCH FIRST 4 ROWS ONLY
                """).query(Long.class).list();

        List<AppointmentView> day = appointments.day(today, BUTLER);

        assertThat(day).extracting(v -> v.appointment().customerId())
                .containsExactlyInAnyOrderElementsOf(firstOfTheButlersAreas);
        assertThat(day).extracting(v -> v.appointment().start().atZone(appointments.zone()).getHour())
                .containsExactly(9, 11, 14, 16);
        assertThat(day).allSatisfy(v -> {
            assertThat(v.appointment().status()).isEqualTo(AppointmentStatus.AGREED);
            assertThat(v.appointment().butler()).isEqualTo("butler");
            assertThat(v.appointment().place()).isEqualTo(v.customerAddress());
        });
    }
}
