package cn.heatdesk.fieldservice.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.fieldservice.inspections.domain.DeliveryMethod;
import cn.heatdesk.fieldservice.inspections.domain.FindingRoute;
import cn.heatdesk.fieldservice.inspections.domain.NoticeKind;
import cn.heatdesk.fieldservice.inspections.domain.ReinspectionResult;
import cn.heatdesk.fieldservice.inspections.domain.RepairStatus;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/** Inspections, the repair plan, rectification notices and building notices on a real database (H2 and PostgreSQL). */
@SpringBootTest
@Transactional
abstract class InspectionsContract {

    static final StaffMember BUTLER = new StaffMember(2, "insp-butler", "张伟", StaffRole.BUTLER);
    static final StaffMember OTHER_BUTLER = new StaffMember(3, "insp-butler2", "周敏", StaffRole.BUTLER);
    static final StaffMember AGENT = new StaffMember(1, "agent", "李娜", StaffRole.HOTLINE_AGENT);
    static final StaffMember PRODUCTION = new StaffMember(7, "production", "赵强", StaffRole.PRODUCTION_MANAGEMENT);

    @Autowired
    Inspections inspections;
    @Autowired
    BuildingNotices buildingNotices;
    @Autowired
    RectificationNoticePdf pdf;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    long area;
    long otherArea;
    long b1;
    long b2;
    long b10;
    long old5;
    long wang;
    LocalDate today;

    @BeforeEach
    void district() {
        today = inspections.today();
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long branch = f.branch("I1", "巡检测试分公司");
        area = f.area(branch, "IA1", "巡检一片区", "I01", "insp-butler");
        otherArea = f.area(branch, "IA2", "巡检二片区", "I02", "insp-butler2");
        long garden = f.community(area, "巡检花园");
        b10 = f.building(garden, "10号楼", true, LocalDate.of(2020, 6, 1));
        b2 = f.building(garden, "2号楼", true, LocalDate.of(2020, 6, 1));
        b1 = f.building(garden, "1号楼", true, LocalDate.of(2020, 6, 1));
        old5 = f.building(garden, "5号楼", true, LocalDate.of(2010, 5, 1));
        long unit = f.unit(b2, "1单元");
        wang = f.household(area, unit, "I0001", "301", "王建华", "13812345678", null, "巡检花园2号楼1单元301", "90.00",
                LocalDate.of(2021, 3, 1));
        f.community(otherArea, "别处小区");
    }

    private long round(LocalDate on) {
        return inspections.startRound(new NewRound(area, on, null, null), BUTLER);
    }

    private static NewFinding at(BoundaryLocation location, Long buildingId, Long customerId, String description) {
        return new NewFinding(null, location, buildingId, customerId, null, description, null, null, null, null);
    }

    @Test
    @DisplayName("R-BUTLER-3: a finding on company property becomes a repair plan item that only moves forward")
    void rButler3_companyFindingBecomesARepairPlanItem() {
        long round = round(today);

        Finding finding = inspections.recordFinding(round, at(BoundaryLocation.BUILDING_FRONT_VALVE, b1, null, "楼前阀门渗漏"),
                BUTLER);

        assertThat(finding.responsibleParty()).isEqualTo(ResponsibleParty.COMPANY);
        assertThat(finding.route()).isEqualTo(FindingRoute.REPAIR_PLAN);
        assertThat(finding.policyDocument()).contains("淄政办发〔2019〕14号");
        assertThat(finding.place()).isEqualTo("巡检花园1号楼");
        assertThat(finding.noticeId()).isNull();
        assertThat(inspections.repairPlan(null, PRODUCTION)).extracting(RepairPlanItem::id).contains(finding.repairItemId());
        assertThat(inspections.repairPlan(RepairStatus.PLANNED, BUTLER)).singleElement()
                .satisfies(item -> assertThat(item.description()).isEqualTo("楼前阀门渗漏"));

        RepairPlanItem started = inspections.moveRepairItem(finding.repairItemId(), RepairStatus.IN_PROGRESS, 0, PRODUCTION);
        assertThat(started.status()).isEqualTo(RepairStatus.IN_PROGRESS);
        assertThatThrownBy(() -> inspections.moveRepairItem(finding.repairItemId(), RepairStatus.DONE, 0, PRODUCTION))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> inspections.moveRepairItem(finding.repairItemId(), RepairStatus.PLANNED, null, PRODUCTION))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("只能向前");
        assertThatThrownBy(() -> inspections.moveRepairItem(finding.repairItemId(), RepairStatus.DONE, null, BUTLER))
                .isInstanceOf(ForbiddenException.class);
        assertThat(inspections.moveRepairItem(finding.repairItemId(), RepairStatus.DONE, null, PRODUCTION).status())
                .isEqualTo(RepairStatus.DONE);
        assertThat(audit.forEntity("repair_plan_item", String.valueOf(finding.repairItemId())))
                .extracting(r -> r.action())
                .contains("REPAIR_PLAN_ITEM_ADDED", "REPAIR_PLAN_ITEM_STATUS");
    }

    @Test
    @DisplayName("R-BUTLER-3: a finding on customer property becomes a notice, delivered once, re-inspected once")
    void rButler3_customerFindingBecomesARectificationNotice() {
        long round = round(today.minusDays(10));

        Finding finding = inspections.recordFinding(round, new NewFinding(null, BoundaryLocation.INDOOR_SYSTEM, null, wang,
                null, "户内暖气片接口漏水", null, null, "请于复查日期前自行或委托维修", today.minusDays(1)), BUTLER);

        assertThat(finding.responsibleParty()).isEqualTo(ResponsibleParty.CUSTOMER);
        assertThat(finding.route()).isEqualTo(FindingRoute.RECTIFICATION_NOTICE);
        assertThat(finding.repairItemId()).isNull();
        RectificationNotice notice = inspections.notice(finding.noticeId(), BUTLER);
        assertThat(notice.addressee()).isEqualTo("王建华");
        assertThat(notice.place()).isEqualTo("巡检花园2号楼1单元301");
        assertThat(notice.number()).matches("ZG\\d{4}-\\d{5}");
        assertThat(notice.delivered()).isFalse();

        assertThatThrownBy(() -> inspections.recordReinspection(notice.id(), ReinspectionResult.RECTIFIED, null, BUTLER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("尚未登记送达");
        RectificationNotice delivered = inspections.recordDelivery(notice.id(), DeliveryMethod.IN_PERSON, "王建华", null, BUTLER);
        assertThat(delivered.deliveredTo()).isEqualTo("王建华");
        assertThat(delivered.deliveredBy()).isEqualTo("insp-butler");
        assertThat(delivered.deliveredAt()).isNotNull();
        assertThat(delivered.reinspectionDue()).isTrue();
        assertThatThrownBy(() -> inspections.recordDelivery(notice.id(), DeliveryMethod.MAIL, "王建华", null, BUTLER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能重复登记");

        RectificationNotice done = inspections.recordReinspection(notice.id(), ReinspectionResult.RECTIFIED, "已修好", BUTLER);
        assertThat(done.reinspectionResult()).isEqualTo(ReinspectionResult.RECTIFIED);
        assertThat(done.reinspectionDue()).isFalse();
        assertThatThrownBy(() -> inspections.recordReinspection(notice.id(), ReinspectionResult.RECTIFIED, null, BUTLER))
                .isInstanceOf(ConflictException.class);
        assertThat(audit.forEntity("rectification_notice", String.valueOf(notice.id()))).extracting(r -> r.action())
                .contains("RECTIFICATION_NOTICE_ISSUED", "RECTIFICATION_NOTICE_DELIVERED", "RECTIFICATION_NOTICE_REINSPECTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_timeline WHERE customer_id = ?").param(wang)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    @DisplayName("R-BUTLER-3: a re-inspection before its day is refused; the date must follow the inspection")
    void rButler3_reinspectionWaitsForItsDay() {
        long round = round(today);
        assertThatThrownBy(() -> inspections.recordFinding(round, new NewFinding(null, BoundaryLocation.INDOOR_SYSTEM, null,
                wang, null, "暖气片漏水", null, null, null, today), BUTLER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("复查日期必须晚于巡检日期");

        Finding finding = inspections.recordFinding(round, at(BoundaryLocation.INDOOR_SYSTEM, null, wang, "暖气片漏水"), BUTLER);
        RectificationNotice notice = inspections.notice(finding.noticeId(), BUTLER);
        assertThat(notice.reinspectionOn()).isEqualTo(today.plusDays(Inspections.DEFAULT_REINSPECTION_DAYS));
        inspections.recordDelivery(notice.id(), DeliveryMethod.POSTED_AT_DOOR, "王建华家门", null, BUTLER);
        assertThatThrownBy(() -> inspections.recordReinspection(notice.id(), ReinspectionResult.NOT_RECTIFIED, null, BUTLER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("还未到");
    }

    @Test
    @DisplayName("R-BUTLER-3 with R-BOUND-3: under the 2008 rules a building's risers belong to all its owners")
    void rButler3_ownersCollectiveGetANoticeAddressedToTheBuilding() {
        long round = round(today);

        Finding finding = inspections.recordFinding(round, at(BoundaryLocation.BUILDING_PIPES, old5, null, "立管保温层脱落"),
                BUTLER);

        assertThat(finding.responsibleParty()).isEqualTo(ResponsibleParty.OWNERS_COLLECTIVE);
        assertThat(finding.policyDocument()).contains("2008");
        assertThat(inspections.notice(finding.noticeId(), BUTLER).addressee()).isEqualTo("巡检花园5号楼全体业主");
    }

    @Test
    @DisplayName("R-BOUND-4: without a contract date, or with one no policy covers, nothing is guessed")
    void rBound4_needsAContractDateWithAPolicyInForce() {
        long round = round(today);
        assertThatThrownBy(() -> inspections.recordFinding(round, new NewFinding(
                cn.heatdesk.policy.domain.CustomerKind.RESIDENTIAL, BoundaryLocation.SECONDARY_NETWORK, null, null,
                "小区东门外管沟", "管沟积水", null, null, null, null), BUTLER))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("contractDate"));
        assertThatThrownBy(() -> inspections.recordFinding(round, new NewFinding(
                cn.heatdesk.policy.domain.CustomerKind.RESIDENTIAL, BoundaryLocation.SECONDARY_NETWORK, null, null,
                "小区东门外管沟", "管沟积水", LocalDate.of(2025, 6, 1), null, null, null), BUTLER))
                .isInstanceOf(NoPolicyInForceException.class);
        assertThat(inspections.round(round, BUTLER).findings()).isEmpty();
    }

    @Test
    @DisplayName("R-SYS-2: another area's butler sees nothing; a hotline agent only looks")
    void rSys2_scopeAndRoles() {
        long round = round(today);
        assertThatThrownBy(() -> inspections.round(round, OTHER_BUTLER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inspections.startRound(new NewRound(area, today, null, null), OTHER_BUTLER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inspections.startRound(new NewRound(area, today, null, null), AGENT))
                .isInstanceOf(ForbiddenException.class);
        assertThat(inspections.round(round, AGENT).areaName()).isEqualTo("巡检一片区");
        assertThat(inspections.rounds(OTHER_BUTLER)).extracting(InspectionRound::id).doesNotContain(round);
        assertThatThrownBy(() -> inspections.recordFinding(round, at(BoundaryLocation.METER, null, wang, "表坏"), OTHER_BUTLER))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void roundsItemsNoticesAndBuildingsCarryTheNamesOfTheirAreaAndButlerFromTheCustomerFiles() {
        long round = round(today);
        Finding repair = inspections.recordFinding(round, at(BoundaryLocation.BUILDING_FRONT_VALVE, b1, null, "阀门渗漏"),
                BUTLER);
        Finding notice = inspections.recordFinding(round, at(BoundaryLocation.INDOOR_SYSTEM, null, wang, "暖气片漏水"),
                BUTLER);

        assertThat(inspections.rounds(BUTLER)).filteredOn(r -> r.id() == round).singleElement()
                .satisfies(r -> assertThat(r.areaName()).isEqualTo("巡检一片区"));
        assertThat(inspections.repairPlan(null, BUTLER)).filteredOn(i -> i.id() == repair.repairItemId())
                .singleElement().satisfies(i -> assertThat(i.areaName()).isEqualTo("巡检一片区"));
        assertThat(inspections.notices(BUTLER)).filteredOn(n -> n.id() == notice.noticeId()).singleElement()
                .satisfies(n -> {
                    assertThat(n.areaName()).isEqualTo("巡检一片区");
                    assertThat(n.butlerNumber()).isEqualTo("I01");
                    assertThat(n.butlerName()).isEqualTo("管家I01");
                });
        assertThat(inspections.buildings(area, BUTLER)).extracting(b -> b.communityName() + b.name() + " " + b.areaName())
                .containsExactly("巡检花园1号楼 巡检一片区", "巡检花园2号楼 巡检一片区", "巡检花园5号楼 巡检一片区",
                        "巡检花园10号楼 巡检一片区");
        assertThat(inspections.buildings(otherArea, BUTLER)).isEmpty();
    }

    @Test
    @DisplayName("R-BUTLER-2: coverage lists every building in natural order with the notices it still lacks")
    void rButler2_coverageShowsWhatIsMissing() {
        NoticeCoverageView before = buildingNotices.coverage(area, BUTLER);
        assertThat(before.rows()).extracting(r -> r.building().name()).containsExactly("1号楼", "2号楼", "5号楼", "10号楼");
        assertThat(before.incomplete()).isEqualTo(4);
        assertThat(before.phase()).isEqualTo(buildingNotices.currentPhase());

        buildingNotices.post(b2, NoticeKind.WATER_FILLING, null, BUTLER);
        buildingNotices.post(b2, NoticeKind.PAYMENT, today, BUTLER);
        buildingNotices.post(b10, NoticeKind.PAYMENT, null, BUTLER);

        NoticeCoverageView after = buildingNotices.coverage(area, BUTLER);
        assertThat(after.incomplete()).isEqualTo(3);
        assertThat(after.rows().get(1).complete()).isTrue();
        assertThat(after.rows().get(3).missing()).containsExactly(NoticeKind.WATER_FILLING);
        assertThatThrownBy(() -> buildingNotices.post(b2, NoticeKind.PAYMENT, null, BUTLER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("本阶段已登记过");
        assertThatThrownBy(() -> buildingNotices.post(b1, NoticeKind.PAYMENT, null, OTHER_BUTLER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> buildingNotices.post(b1, NoticeKind.PAYMENT, today.plusDays(1), BUTLER))
                .isInstanceOf(InvalidInputException.class);
        assertThat(buildingNotices.coverage(null, OTHER_BUTLER).rows()).noneMatch(r -> r.building().areaId() == area);
    }

    @Test
    @DisplayName("R-BUTLER-3: the notice prints as a Chinese PDF with the company's header and the re-inspection date")
    void rButler3_noticePrintsAsAChinesePdf() throws IOException {
        long round = round(today);
        Finding finding = inspections.recordFinding(round, at(BoundaryLocation.INDOOR_SYSTEM, null, wang, "户内暖气片接口漏水 <急>"),
                BUTLER);
        RectificationNotice notice = inspections.notice(finding.noticeId(), BUTLER);

        byte[] bytes = pdf.render(notice.id(), BUTLER);

        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("整改通知书", "王建华", "户内暖气片接口漏水<急>", "968111", notice.number(),
                    "巡检花园2号楼1单元301", "用户自有");
        }
    }
}
