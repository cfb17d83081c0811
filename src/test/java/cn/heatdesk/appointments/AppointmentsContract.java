package cn.heatdesk.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentStatus;
import cn.heatdesk.audit.AuditRecord;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.MutableClock;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrderTestConfig;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * Appointments on a real database (H2 and PostgreSQL): the butler's slot key, one change, notice breach, check-in,
 * the work order link, the calendar token, and who sees which appointment in lists (R-SYS-2). Nothing rolls back; each test builds its own district.
 */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class AppointmentsContract {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Appointments appointments;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffDirectory staff;

    AppointmentFixtures f;
    /** Each test's own future day in the heating period (operating: one hour of notice). */
    ZonedDateTime day;

    @BeforeEach
    void district() {
        f = new AppointmentFixtures(jdbc);
        day = ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZONE);
        clock.set(day.withHour(9).withMinute(15).toInstant());
    }

    Instant at(int hour) {
        return day.withHour(hour).toInstant();
    }

    Appointment requested() {
        return appointments.request(new NewAppointment(f.household, null, null, "暖气不热，请上门查看"), f.agent);
    }

    List<String> actions(long id) {
        return audit.forEntity("APPOINTMENT", String.valueOf(id)).stream().map(AuditRecord::action).toList();
    }

    @Test
    void rAppt1_aRequestIsAcceptedAtOnceAndLandsWithTheAreasButler() {
        Appointment a = requested();

        assertThat(a.status()).isEqualTo(AppointmentStatus.REQUESTED);
        assertThat(a.butler()).isEqualTo(f.butler.username());
        assertThat(a.place()).isEqualTo("花园" + f.tag + "12号楼2单元301");
        assertThat(appointments.open(f.butler)).extracting(v -> v.appointment().id()).contains(a.id());
        assertThat(appointments.open(f.otherButler)).extracting(v -> v.appointment().id()).doesNotContain(a.id());
        assertThat(actions(a.id())).containsExactly("APPOINTMENT_REQUESTED");
    }

    @Test
    void rSys2_listsLeaveOutTheAppointmentsOutsideTheViewersScope() {
        Appointment mine = requested();
        Appointment others = appointments.request(new NewAppointment(f.otherAreasHousehold, null, null, "阀门"),
                f.agent);
        CustomerFixtures customers = new CustomerFixtures(jdbc);
        StaffMember westDispatcher = new StaffMember(5, "dispatcher-w-" + f.tag, "刘洋", StaffRole.BRANCH_DISPATCHER);
        customers.dispatcherOf(westDispatcher.username(), customers.branch("W" + f.tag, "西分公司" + f.tag));

        assertThat(appointments.open(f.otherButler)).extracting(v -> v.appointment().id())
                .contains(others.id()).doesNotContain(mine.id());
        assertThat(appointments.ofCustomer(f.household, f.butler)).extracting(v -> v.appointment().id())
                .containsExactly(mine.id());
        assertThat(appointments.ofCustomer(f.household, f.otherButler)).isEmpty();
        assertThat(appointments.ofCustomer(f.household, f.dispatcher)).extracting(v -> v.appointment().id())
                .containsExactly(mine.id());
        assertThat(appointments.ofCustomer(f.household, westDispatcher)).isEmpty();
        assertThat(appointments.open(westDispatcher)).extracting(v -> v.appointment().id())
                .doesNotContain(mine.id(), others.id());
        assertThatThrownBy(() -> appointments.view(mine.id(), westDispatcher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> appointments.view(mine.id(), f.otherButler)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("R-SYS-2: a dispatcher's list is cut at its row limit after his scope, not before it")
    void rSys2_otherBranchesRowsDoNotPushTheDispatchersOwnOffHisList() {
        Appointment mine = requested();
        clock.advance(java.time.Duration.ofMinutes(1));
        // 300 newer requests of another branch: company-wide they all come before his (newest requests first).
        AppointmentFixtures far = new AppointmentFixtures(jdbc);
        for (int i = 0; i < 300; i++) {
            appointments.request(new NewAppointment(far.anotherHousehold(false), null, null, "阀门"), far.agent);
        }

        assertThat(appointments.open(f.dispatcher)).extracting(v -> v.appointment().id()).contains(mine.id());
        assertThat(appointments.open(far.dispatcher)).hasSize(300)
                .extracting(v -> v.appointment().id()).doesNotContain(mine.id());
    }

    @Test
    void listsNameTheCustomerWithAccountAndAddressAndTheButlerByName() {
        staff.createAccount(f.butler.username(), "张伟", StaffRole.BUTLER, "a-long-test-password");
        long school = new CustomerFixtures(jdbc).institution(f.area, "DW" + f.tag, "华光路小学" + f.tag, "刘老师",
                "华光路201号" + f.tag, "8600");
        Appointment household = requested();
        Appointment institution = appointments.request(new NewAppointment(school, null, null, "教室不热"), f.agent);
        Appointment others = appointments.request(new NewAppointment(f.otherAreasHousehold, null, null, "阀门"),
                f.agent);

        assertThat(appointments.ofCustomer(f.household, f.agent)).singleElement().satisfies(v -> {
            assertThat(v.appointment().id()).isEqualTo(household.id());
            assertThat(v.customerName()).isEqualTo("王建华");
            assertThat(v.accountNumber()).isEqualTo("H" + f.tag);
            assertThat(v.customerAddress()).isEqualTo("花园" + f.tag + "12号楼2单元301");
            assertThat(v.butlerName()).isEqualTo("张伟");
        });
        assertThat(appointments.ofCustomer(school, f.dispatcher)).singleElement().satisfies(v -> {
            assertThat(v.appointment().id()).isEqualTo(institution.id());
            assertThat(v.customerName()).isEqualTo("华光路小学" + f.tag);
            assertThat(v.accountNumber()).isEqualTo("DW" + f.tag);
            assertThat(v.customerAddress()).isEqualTo("华光路201号" + f.tag);
        });
        assertThat(appointments.ofCustomer(f.otherAreasHousehold, f.agent)).singleElement()
                .satisfies(v -> assertThat(v.butlerName()).as("a butler without an account: his username")
                        .isEqualTo(f.otherButler.username()));
        assertThat(appointments.view(household.id(), f.butler))
                .isEqualTo(appointments.ofCustomer(f.household, f.butler).get(0));
        assertThat(appointments.view(others.id(), f.otherButler).customerName()).isEqualTo("王小明");
    }

    @Test
    void rSys2_aButlerStillSeesHisOwnAppointmentAfterItsAreaPassedToAnotherButler() {
        Appointment a = requested();
        jdbc.sql("UPDATE area SET butler_username = :b WHERE id = :a").param("b", f.otherButler.username())
                .param("a", f.area).update();

        assertThat(appointments.open(f.butler)).extracting(v -> v.appointment().id()).contains(a.id());
        assertThat(appointments.view(a.id(), f.butler).customerName()).isEqualTo("王建华");
        assertThat(appointments.ofCustomer(f.household, f.otherButler)).extracting(v -> v.appointment().id())
                .containsExactly(a.id());
    }

    @Test
    void rAppt1_noButlerIsBookedTwiceForOneSlot() {
        Appointment first = requested();
        Appointment second = appointments.request(new NewAppointment(f.neighbour, null, null, "阀门"), f.agent);
        appointments.agree(first.id(), at(14), null, null, f.butler);

        assertThatThrownBy(() -> appointments.agree(second.id(), at(14), null, null, f.butler))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已有其他预约");
        assertThat(appointments.appointment(second.id(), f.butler).status()).isEqualTo(AppointmentStatus.REQUESTED);
        assertThat(appointments.agree(second.id(), at(15), null, null, f.butler).start()).isEqualTo(at(15));
    }

    @Test
    void rAppt1_concurrentBookingsOfOneSlotOneWinsTheOthersGetAConflict() throws Exception {
        int n = 4;
        List<Appointment> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(requested());
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        try {
            for (Appointment r : requests) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return appointments.agree(r.id(), at(16), null, null, f.butler);
                    } catch (ConflictException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<Object> result : results) {
                Object outcome = result.get(30, TimeUnit.SECONDS);
                if (outcome instanceof Appointment) {
                    won++;
                } else {
                    assertThat(((ConflictException) outcome).code()).isEqualTo("SLOT_TAKEN");
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(n - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit_slot WHERE butler = :b").param("b", f.butler.username())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void rAppt1_onlyTheAreasButlerOrADispatcherWorksTheAppointment() {
        Appointment a = requested();
        assertThatThrownBy(() -> appointments.agree(a.id(), at(14), null, null, f.agent))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void rAppt2_lateArrivalIsFlaggedAndAudited() {
        Appointment a = requested();
        appointments.agree(a.id(), at(10), null, null, f.butler);
        clock.set(at(10).plus(Duration.ofMinutes(12)));

        Appointment arrived = appointments.checkIn(a.id(), f.butler);

        assertThat(arrived.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(arrived.late()).isTrue();
        assertThat(appointments.appointment(a.id(), f.butler).checkedInAt()).isEqualTo(clock.instant());
        assertThat(actions(a.id())).contains("APPOINTMENT_CHECKED_IN");
    }

    @Test
    void rAppt3_secondChangeIsRefusedAndTheOldSlotIsFreed() {
        Appointment a = requested();
        appointments.agree(a.id(), at(14), null, null, f.butler);

        Appointment changed = appointments.change(a.id(), at(17), null, "电话中同意", null, f.butler);
        assertThat(changed.start()).isEqualTo(at(17));
        assertThat(changed.change().consent().how()).isEqualTo("电话中同意");

        assertThatThrownBy(() -> appointments.change(a.id(), at(18), null, "电话同意", null, f.butler))
                .isInstanceOf(ConflictException.class).hasMessageContaining("只能更改一次");
        assertThat(appointments.appointment(a.id(), f.butler).start()).isEqualTo(at(17));

        Appointment other = appointments.request(new NewAppointment(f.neighbour, null, null, "x"), f.agent);
        assertThat(appointments.agree(other.id(), at(14), null, null, f.butler).start()).isEqualTo(at(14));
    }

    @Test
    void rAppt3_aChangeWithoutConsentIsRefused() {
        Appointment a = requested();
        appointments.agree(a.id(), at(14), null, null, f.butler);
        assertThatThrownBy(() -> appointments.change(a.id(), at(17), null, "", null, f.butler))
                .isInstanceOf(InvalidInputException.class);
        assertThat(appointments.appointment(a.id(), f.butler).change()).isNull();
    }

    @Test
    void rAppt4_theNoticeDeadlineIsShownAndALateNoticeIsRecordedAsABreach() {
        Appointment a = requested();
        appointments.agree(a.id(), at(14), null, null, f.butler);
        AppointmentView view = appointments.view(a.id(), f.butler);
        assertThat(view.noticeDue()).isEqualTo(at(13));
        assertThat(view.changeAllowed()).isTrue();

        clock.set(at(13).plus(Duration.ofMinutes(20)));
        Appointment changed = appointments.change(a.id(), at(18), null, "用户同意", null, f.butler);

        assertThat(changed.noticeBreached()).isTrue();
        assertThat(appointments.appointment(a.id(), f.butler).change().late()).isTrue();
        assertThat(actions(a.id())).contains("APPOINTMENT_CHANGED_LATE_NOTICE");
    }

    @Test
    void rAppt4_aTimelyNoticeIsNoBreach() {
        Appointment a = requested();
        appointments.agree(a.id(), at(14), null, null, f.butler);
        Appointment changed = appointments.change(a.id(), null, "小区物业办公室", "当面同意", null, f.butler);
        assertThat(changed.noticeBreached()).isFalse();
        assertThat(changed.place()).isEqualTo("小区物业办公室");
        assertThat(actions(a.id())).contains("APPOINTMENT_CHANGED");
    }

    @Test
    void rAppt5_aNightSlotNeedsTheCustomersRecordedConsent() {
        Appointment a = requested();
        assertThatThrownBy(() -> appointments.agree(a.id(), at(20), null, null, f.butler))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("夜间");
        Appointment agreed = appointments.agree(a.id(), at(20), null, "用户下班晚，主动要求晚上来", f.butler);
        assertThat(appointments.appointment(agreed.id(), f.butler).nightConsent().how()).contains("下班晚");
    }

    @Test
    void rSup4_anAppointmentOfAWorkOrderSetsTheOrdersVisitAndCheckIn() {
        WorkOrder order = workOrders.register(NewOrder.hotline(OrderKind.REPAIR, Urgency.GENERAL, f.household,
                "暖气漏水"), f.agent);
        workOrders.accept(order.id(), f.butler);
        Appointment a = appointments.request(new NewAppointment(f.household, order.id(), null, "漏水"), f.agent);

        appointments.agree(a.id(), at(11), null, null, f.butler);
        assertThat(workOrders.order(order.id(), f.butler).order().visitTarget()).isEqualTo(at(11));

        clock.set(at(10).plus(Duration.ofMinutes(50)));
        appointments.checkIn(a.id(), f.butler);
        assertThat(workOrders.order(order.id(), f.butler).order().status()).isEqualTo(OrderStatus.ON_SITE);
    }

    @Test
    void theCalendarFeedTokenIsPrivateAndCanBeRegenerated() {
        Appointment a = requested();
        appointments.agree(a.id(), at(14), null, null, f.butler);
        String token = appointments.calendarToken(f.butler);

        assertThat(token).hasSizeGreaterThanOrEqualTo(32);
        assertThat(appointments.calendarToken(f.butler)).isEqualTo(token);
        assertThat(appointments.calendar(token).orElseThrow().entries())
                .extracting(e -> e.appointment().id()).containsExactly(a.id());

        String fresh = appointments.regenerateCalendarToken(f.butler);
        assertThat(fresh).isNotEqualTo(token);
        assertThat(appointments.calendar(token)).isEmpty();
        assertThat(appointments.calendar(fresh)).isPresent();
    }
}
