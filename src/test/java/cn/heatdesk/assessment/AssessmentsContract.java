package cn.heatdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.assessment.domain.AssessmentLine;
import cn.heatdesk.assessment.domain.Ratio;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.MutableClock;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrderStatistics;
import cn.heatdesk.workorders.WorkOrderTestConfig;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Period;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.internal.DeadlineWatch;

/**
 * R-SUP-6 on a real database (H2 and PostgreSQL): real orders worked through {@link WorkOrders}, breaches recorded
 * by the {@link DeadlineWatch} under a hand-moved clock, callbacks and confirmed complaints, then the statistics and
 * the 考核 table per person and per unit, for the whole company and for one branch. Nothing rolls back, so every
 * test builds its own district and accounts with unique names.
 */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class AssessmentsContract {

    @Autowired
    WorkOrders workOrders;
    @Autowired
    WorkOrderStatistics statistics;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentRecords records;
    @Autowired
    cn.heatdesk.notification.OneTimeNotifications notifications;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    String tag;
    StaffMember agent;
    StaffMember butler;
    StaffMember otherButler;
    StaffMember dispatcher;
    StaffMember supervisor;
    StaffMember callbackAgent;
    long area1;
    long area2;
    long household;
    long otherHousehold;
    LocalDate firstDay;

    @BeforeEach
    void district() {
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36);
        agent = account("agent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
        butler = account("butler-" + tag, "张伟", StaffRole.BUTLER);
        otherButler = account("butler2-" + tag, "周敏", StaffRole.BUTLER);
        dispatcher = account("dispatcher-" + tag, "刘洋", StaffRole.BRANCH_DISPATCHER);
        supervisor = account("supervisor-" + tag, "孙丽", StaffRole.SUPERVISOR);
        callbackAgent = account("callback-" + tag, "陈静", StaffRole.HOTLINE_AGENT);
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long east = f.branch("E" + tag, "东分公司" + tag);
        long west = f.branch("W" + tag, "西分公司" + tag);
        area1 = f.area(east, "A1" + tag, "一片区" + tag, "1" + tag, butler.username());
        area2 = f.area(west, "A2" + tag, "二片区" + tag, "2" + tag, otherButler.username());
        f.dispatcherOf(dispatcher.username(), east);
        long unit = f.unit(f.building(f.community(area1, "花园" + tag), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        household = f.household(area1, unit, "H" + tag, "301", "王建华", "13812345678", null, "花园" + tag + "12号楼2单元301",
                "100.00", LocalDate.of(2021, 3, 1));
        long unit2 = f.unit(f.building(f.community(area2, "公园" + tag), "1号楼", false, null), "1单元");
        otherHousehold = f.household(area2, unit2, "O" + tag, "101", "王小明", "13611112222", null,
                "公园" + tag + "1号楼1单元101", "70", LocalDate.of(2015, 1, 1));
        // Other tests in this context leave open deadlines: move past all of them and breach them now.
        clock.advance(Duration.ofDays(3));
        watch.poll();
        firstDay = Period.today(clock);
    }

    private StaffMember account(String username, String name, StaffRole role) {
        return staff.createAccount(username, name, role, "a-long-test-password");
    }

    private WorkOrder complaint(long customer) {
        return workOrders.register(NewOrder.hotline(OrderKind.COMPLAINT, Urgency.GENERAL, customer, "暖气不热"), agent);
    }

    /**
     * Three complaints in area 1 (one on site in time, two late) and a repair in area 2 (late); a cancelled order;
     * callbacks: satisfied, unsatisfied, unreached then satisfied.
     */
    private Period workADay() {
        WorkOrder inTime = complaint(household);
        WorkOrder late = complaint(household);
        WorkOrder lateToo = complaint(household);
        WorkOrder cancelled = complaint(household);
        WorkOrder elsewhere = workOrders.register(NewOrder.hotline(OrderKind.REPAIR, Urgency.GENERAL, otherHousehold,
                "管道漏水"), agent);
        workOrders.cancel(cancelled.id(), "重复登记", agent);
        clock.advance(Duration.ofMinutes(10));
        workOrders.accept(inTime.id(), butler);
        workOrders.checkIn(inTime.id(), butler);
        clock.advance(Duration.ofMinutes(21));
        watch.poll();
        for (WorkOrder order : List.of(late, lateToo)) {
            workOrders.accept(order.id(), butler);
            workOrders.checkIn(order.id(), butler);
        }
        clock.advance(Duration.ofMinutes(5));
        for (WorkOrder order : List.of(inTime, late, lateToo)) {
            workOrders.resolve(order.id(), "已排气，室温恢复", butler);
        }
        clock.advance(Duration.ofMinutes(5));
        workOrders.recordCallback(inTime.id(), true, true, "满意", callbackAgent);
        workOrders.recordCallback(late.id(), true, false, "来得太晚", callbackAgent);
        workOrders.recordCallback(lateToo.id(), false, null, "无人接听", callbackAgent);
        clock.advance(Duration.ofMinutes(5));
        workOrders.recordCallback(lateToo.id(), true, true, "满意", callbackAgent);
        assertThat(elsewhere.assignee()).isEqualTo(otherButler.username());
        return Period.of(firstDay, Period.today(clock), clock.getZone());
    }

    private static AssessmentLine lineOf(List<AssessmentLine> lines, String key) {
        return lines.stream().filter(l -> key.equals(l.key())).findFirst().orElseThrow();
    }

    @Test
    void rSup6_countsOrdersBreachesByRuleAndCallbackSatisfactionPerPerson() {
        Period period = workADay();

        WorkOrderStatistics.Figures figures = statistics.byPerson(period, supervisor).stream()
                .filter(p -> butler.username().equals(p.username())).findFirst().orElseThrow().figures();
        assertThat(figures.ordersReceived()).isEqualTo(3);
        assertThat(figures.breaches()).containsExactlyEntriesOf(java.util.Map.of(DeadlineRule.ON_SITE, 2L));
        assertThat(figures.callbacks()).isEqualTo(4);
        assertThat(figures.callbacksReached()).isEqualTo(3);
        assertThat(figures.callbacksSatisfied()).isEqualTo(2);

        AssessmentLine line = lineOf(assessments.table(period, supervisor).people(), butler.username());
        assertThat(line.name()).isEqualTo("张伟（" + butler.username() + "）");
        assertThat(line.orders()).isEqualTo(3);
        assertThat(line.breachesOf(DeadlineRule.ON_SITE)).isEqualTo(2);
        assertThat(line.totalBreaches()).isEqualTo(2);
        assertThat(line.reached()).isEqualTo(Ratio.of(3, 4));
        assertThat(line.satisfaction()).isEqualTo(Ratio.of(2, 3));
        assertThat(line.satisfaction().percentText()).isEqualTo("66.67%");
        AssessmentLine other = lineOf(assessments.table(period, supervisor).people(), otherButler.username());
        assertThat(other.orders()).isEqualTo(1);
        assertThat(other.breachesOf(DeadlineRule.ON_SITE)).isEqualTo(1);
        assertThat(other.satisfaction().defined()).isFalse();
    }

    @Test
    void rSup6_countsPerUnitWithItsBranchAndConfirmedComplaints() {
        Period period = workADay();
        records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT, butler.username(), area1,
                "回访核实：到场超时且未解释", null, null, null, null), supervisor);
        records.record(new NewAssessmentRecord(AssessmentKind.NON_NOTIFICATION, otherButler.username(), area2,
                "停热未提前告知，经核实属实", null, otherHousehold, "TZ-1", "notification"));

        AssessmentTable table = assessments.table(Period.of(firstDay, Period.today(clock), clock.getZone()),
                supervisor);
        AssessmentLine unit1 = lineOf(table.units(), String.valueOf(area1));
        assertThat(unit1.name()).isEqualTo("一片区" + tag);
        assertThat(unit1.unitName()).isEqualTo("东分公司" + tag);
        assertThat(unit1.orders()).isEqualTo(3);
        assertThat(unit1.breachesOf(DeadlineRule.ON_SITE)).isEqualTo(2);
        assertThat(unit1.confirmedComplaints()).isEqualTo(1);
        assertThat(unit1.nonNotifications()).isZero();
        assertThat(unit1.satisfaction()).isEqualTo(Ratio.of(2, 3));
        AssessmentLine unit2 = lineOf(table.units(), String.valueOf(area2));
        assertThat(unit2.nonNotifications()).isEqualTo(1);
        assertThat(lineOf(table.people(), butler.username()).confirmedComplaints()).isEqualTo(1);
        assertThat(lineOf(table.people(), otherButler.username()).nonNotifications()).isEqualTo(1);
        assertThat(records.inPeriod(period, supervisor)).extracting(AssessmentRecord::basis)
                .contains("回访核实：到场超时且未解释", "停热未提前告知，经核实属实");
    }

    @Test
    void rNotify6_aNonNotificationComplaintConfirmedAtTheCounterBecomesAnAssessmentRecordOfTheClerk() {
        cn.heatdesk.notification.Complaint complaint = notifications.recordComplaint(
                new cn.heatdesk.notification.NewComplaint(null, household, "REFUND", butler.username(), "东分公司营业厅",
                        "第二次来才告诉我还要带银行卡"), agent);
        Period period = Period.of(firstDay, Period.today(clock), clock.getZone());
        assertThat(lineOfOrNull(assessments.table(period, supervisor).people(), butler.username())).isNull();

        notifications.confirmComplaint(complaint.id(), "经查属实，未告知需带银行卡", supervisor);

        assertThat(records.inPeriod(period, supervisor)).filteredOn(r -> r.kind() == AssessmentKind.NON_NOTIFICATION)
                .filteredOn(r -> butler.username().equals(r.responsibleUsername())).singleElement()
                .satisfies(r -> {
                    assertThat(r.customerId()).isEqualTo(household);
                    assertThat(r.reference()).isEqualTo("投诉#" + complaint.id());
                    assertThat(r.confirmedBy()).isEqualTo(supervisor.username());
                    assertThat(r.basis()).contains("东分公司营业厅", "经查属实");
                });
        assertThat(lineOf(assessments.table(period, supervisor).people(), butler.username()).nonNotifications())
                .isEqualTo(1);
    }

    private static AssessmentLine lineOfOrNull(List<AssessmentLine> lines, String key) {
        return lines.stream().filter(l -> key.equals(l.key())).findFirst().orElse(null);
    }

    @Test
    void rSysTwo_aBranchDispatcherSeesOnlyTheirBranch() {
        Period period = workADay();

        AssessmentTable table = assessments.table(period, dispatcher);
        assertThat(table.units()).extracting(AssessmentLine::key).containsExactly(String.valueOf(area1));
        assertThat(table.people()).extracting(AssessmentLine::key).contains(butler.username())
                .doesNotContain(otherButler.username());
        assertThat(table.total().orders()).isEqualTo(3);
        assertThat(statistics.breaches(period, dispatcher)).hasSize(2)
                .allSatisfy(b -> assertThat(b.responsibleAreaId()).isEqualTo(area1));
        assertThatThrownBy(() -> records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT,
                otherButler.username(), area2, "不是本分公司的", null, null, null, null), dispatcher))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT,
                butler.username(), area1, "管家自己不能登记", null, null, null, null), butler))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void rSup6_leavesOutWhatHappenedOutsideThePeriod() {
        workADay();

        Period before = Period.of(firstDay.minusDays(5), firstDay.minusDays(1), clock.getZone());
        assertThat(statistics.byPerson(before, supervisor)).extracting(WorkOrderStatistics.PersonFigures::username)
                .doesNotContain(butler.username(), otherButler.username());
        assertThat(assessments.table(before, dispatcher).units()).isEmpty();
    }

    @Test
    void rSup5_theBoardShowsOpenOrdersWarningsAndCallbacksDueByArea() {
        WorkOrder open = complaint(household);
        WorkOrder resolved = workOrders.register(NewOrder.hotline(OrderKind.ENQUIRY, Urgency.GENERAL, household,
                "问收费标准"), agent);
        workOrders.resolve(resolved.id(), "已答复", butler);
        assertThat(statistics.warnings(dispatcher)).isEmpty();

        clock.advance(Duration.ofMinutes(26));
        List<WorkOrderStatistics.Warning> warnings = statistics.warnings(dispatcher);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.orderId()).isEqualTo(open.id());
            assertThat(w.rule()).isEqualTo(DeadlineRule.ON_SITE);
            assertThat(w.areaName()).isEqualTo("一片区" + tag);
            assertThat(w.overdue()).isFalse();
        });
        assertThat(statistics.openOrdersByArea(dispatcher)).singleElement()
                .satisfies(a -> assertThat(a.count()).isEqualTo(1));
        assertThat(statistics.callbacksDueByArea(dispatcher)).singleElement()
                .satisfies(a -> assertThat(a.areaId()).isEqualTo(area1));
        assertThat(statistics.openOrdersByArea(supervisor)).anySatisfy(a -> assertThat(a.areaId()).isEqualTo(area1));
    }

    @Test
    void rSysThree_auditsEveryRecordAndRefusesOneWithoutBasis() {
        AssessmentRecord saved = records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT,
                butler.username(), area1, " 态度生硬，经录音核实 ", "GD202611270001", household, null, null), supervisor);

        assertThat(saved.basis()).isEqualTo("态度生硬，经录音核实");
        assertThat(saved.confirmedBy()).isEqualTo(supervisor.username());
        assertThat(audit.forEntity("ASSESSMENT_RECORD", String.valueOf(saved.id())))
                .singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("ASSESSMENT_RECORDED"));
        assertThatThrownBy(() -> records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT,
                butler.username(), area1, "  ", null, null, null, null), supervisor))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("确认依据");
        assertThatThrownBy(() -> records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT,
                "nobody-" + tag, null, "查无此人", null, null, null, null), supervisor))
                .isInstanceOf(InvalidInputException.class);
    }
}
