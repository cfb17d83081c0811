package cn.heatdesk.fieldservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.appointments.AppointmentFixtures;
import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.NewAppointment;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentStatus;
import cn.heatdesk.audit.AuditRecord;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.fieldservice.domain.HomeVisit;
import cn.heatdesk.fieldservice.domain.Remedy;
import cn.heatdesk.workorders.MutableClock;
import cn.heatdesk.workorders.WorkOrderTestConfig;

/** Home visits on a real database (H2 and PostgreSQL): the butler's day, checklist, finish and step 10. */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class HomeVisitsContract {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    HomeVisits visits;
    @Autowired
    Appointments appointments;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    AppointmentFixtures f;
    ZonedDateTime day;

    @BeforeEach
    void district() {
        f = new AppointmentFixtures(jdbc);
        day = ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, ZONE);
        clock.set(day.withHour(8).withMinute(5).toInstant());
    }

    Appointment agreedAt(long customer, int hour) {
        Appointment a = appointments.request(new NewAppointment(customer, null, null, "暖气不热"), f.agent);
        return appointments.agree(a.id(), day.withHour(hour).toInstant(), null, null, f.butler);
    }

    @Test
    void rHome1_theButlersDayInOrderThenCheckInTheNineStepsAndStepTenForSomeoneElse() {
        Appointment later = agreedAt(f.neighbour, 15);
        Appointment first = agreedAt(f.household, 9);

        assertThat(visits.today(f.butler)).extracting(t -> t.appointment().appointment().id())
                .containsExactly(first.id(), later.id());

        HomeVisit visit = visits.start(first.id(), f.butler);
        assertThat(appointments.appointment(first.id(), f.butler).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(visits.start(first.id(), f.butler).id()).isEqualTo(visit.id());
        assertThat(visits.today(f.butler)).extracting(TodayVisit::visitId, TodayVisit::finished)
                .containsExactly(tuple(visit.id(), false), tuple(null, false));

        assertThatThrownBy(() -> visits.tick(visit.id(), 10, f.butler)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> visits.finish(visit.id(), f.butler)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("1.一敲");
        for (int step = 1; step <= 9; step++) {
            visits.tick(visit.id(), step, f.butler);
        }
        visits.recordWork(visit.id(), "排气阀堵塞，已疏通", "排气阀 1 个", f.butler);
        visits.finish(visit.id(), f.butler);

        HomeVisitView done = visits.visit(visit.id(), f.butler);
        assertThat(done.visit().finished()).isTrue();
        assertThat(visits.today(f.butler)).extracting(TodayVisit::visitId, TodayVisit::finished)
                .containsExactly(tuple(visit.id(), true), tuple(null, false));
        assertThat(done.visit().ticked()).hasSize(9);
        assertThat(done.visit().workDone()).isEqualTo("排气阀堵塞，已疏通");
        assertThat(done.followUp()).isNotNull();
        assertThat(appointments.appointment(first.id(), f.butler).status()).isEqualTo(AppointmentStatus.DONE);

        FollowUp task = visits.openFollowUps(f.agent).stream().filter(t -> t.visitId() == visit.id()).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> visits.openFollowUps(f.butler)).isInstanceOf(ForbiddenException.class);
        FollowUp recorded = visits.recordFollowUp(task.id(), true, true, "用户满意", f.agent);
        assertThat(recorded.doneBy()).isEqualTo(f.agent.username());
        assertThat(visits.openFollowUps(f.agent)).extracting(FollowUp::id).doesNotContain(task.id());
        assertThat(audit.forEntity("HOME_VISIT", String.valueOf(visit.id()))).extracting(AuditRecord::action)
                .contains("HOME_VISIT_STARTED", "HOME_VISIT_STEP_TICKED", "HOME_VISIT_FINISHED",
                        "HOME_VISIT_FOLLOWED_UP");
    }

    @Test
    void rHome2_damageWithItsRemedyAndPaidItemsWithConsentAreKept() {
        HomeVisit visit = visits.start(agreedAt(f.household, 10).id(), f.butler);
        visits.addDamage(visit.id(), "拆暖气片时碰掉一块瓷砖", Remedy.COMPENSATE, "按市价赔偿 50 元", f.butler);
        visits.addPaidItem(visit.id(), "更换用户自有阀门", new BigDecimal("85.50"), "已告知收费，用户当面同意", f.butler);
        assertThatThrownBy(() -> visits.addPaidItem(visit.id(), "清洗", BigDecimal.TEN, "", f.butler))
                .isInstanceOf(InvalidInputException.class);

        HomeVisit stored = visits.visit(visit.id(), f.butler).visit();
        assertThat(stored.damages()).singleElement().satisfies(d -> {
            assertThat(d.remedy()).isEqualTo(Remedy.COMPENSATE);
            assertThat(d.remedyNote()).isEqualTo("按市价赔偿 50 元");
        });
        assertThat(stored.paidItems()).singleElement().satisfies(i -> {
            assertThat(i.amount()).isEqualByComparingTo("85.50");
            assertThat(i.consent()).contains("同意");
        });
    }

    @Test
    void photosAreStoredWhenTheyAreJpegOrPngAndNotOtherwise() {
        HomeVisit visit = visits.start(agreedAt(f.household, 11).id(), f.butler);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        VisitPhoto photo = visits.addPhoto(visit.id(), jpeg, "维修前", f.butler);
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(visits.photo(visit.id(), photo.id(), f.butler).content()).isEqualTo(jpeg);
        assertThatThrownBy(() -> visits.addPhoto(visit.id(), "<svg/>".getBytes(), null, f.butler))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyTheVisitorFillsTheRecord() {
        HomeVisit visit = visits.start(agreedAt(f.household, 12).id(), f.butler);
        assertThatThrownBy(() -> visits.tick(visit.id(), 1, f.agent)).isInstanceOf(ForbiddenException.class);
    }
}
