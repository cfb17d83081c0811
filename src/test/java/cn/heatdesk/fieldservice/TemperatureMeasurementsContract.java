package cn.heatdesk.fieldservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.audit.AuditRecord;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.fieldservice.OutdoorTemperature.OutdoorSource;
import cn.heatdesk.fieldservice.temperature.domain.OrderFollowUp;
import cn.heatdesk.policy.PolicyAdministration;
import cn.heatdesk.policy.PolicyVersionView;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.FailedCondition;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.TemperatureVerdict;
import cn.heatdesk.workorders.MutableClock;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.OrderDetails;
import cn.heatdesk.workorders.WorkOrderTestConfig;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.DeadlineStatus;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.TimelineEvent;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * Temperature measurements on a real database, run on H2 and PostgreSQL (R-TEMP-3..6). Nothing rolls back: the
 * measurement and the work order steps run in their own transactions, so each test builds its own district.
 */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class TemperatureMeasurementsContract {

    @Autowired
    TemperatureMeasurements measurements;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    CustomerFiles customerFiles;
    @Autowired
    PolicyAdministration policies;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    TemperatureFixtures f;

    @BeforeEach
    void district() {
        f = new TemperatureFixtures(jdbc, customerFiles.currentSeason());
    }

    /** A heating-season instant a little before the clock, distinct per test so outdoor readings never collide. */
    Instant heatingTime() {
        return clock.instant().minus(Duration.ofMinutes(5));
    }

    NewTemperatureMeasurement bedroomAt(long customerId, String celsius, String outdoor, String fee) {
        return new NewTemperatureMeasurement(customerId, null, heatingTime(), "TES-1310 #07",
                outdoor == null ? null : new BigDecimal(outdoor), true, fee == null ? null : new BigDecimal(fee),
                List.of(new NewTemperatureMeasurement.Room(RoomType.BEDROOM, "主卧", new BigDecimal(celsius), null),
                        new NewTemperatureMeasurement.Room(RoomType.LIVING_ROOM, null, new BigDecimal("18.4"), null)));
    }

    @Test
    void rTemp5_aColdHomeOwedTheStandardOpensATemperatureComplaintWhoseTestTheMeasurementMeets() {
        TemperatureMeasurement m = measurements.record(bedroomAt(f.household, "16.5", "-2", "2256.35"), f.butler);

        assertThat(m.verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
        assertThat(m.rooms()).extracting(TemperatureMeasurement.Room::verdict)
                .containsExactly(TemperatureVerdict.NON_COMPLIANT, TemperatureVerdict.COMPLIANT);
        assertThat(m.rooms().get(0).requiredCelsius()).isEqualByComparingTo("18");
        assertThat(m.measuredBy()).isEqualTo(f.butler.username());
        assertThat(m.instrument()).isEqualTo("TES-1310 #07");
        assertThat(m.outdoorSource()).isEqualTo(OutdoorSource.MEASUREMENT_FORM);
        assertThat(m.envelopeCompliant()).isTrue();
        assertThat(m.standardBasis()).contains("18℃").contains("-7.4");
        assertThat(m.orderLink()).isEqualTo(OrderFollowUp.OPEN);
        assertThat(m.testMet()).isTrue();

        OrderDetails order = workOrders.order(m.workOrderId(), f.butler);
        assertThat(order.order().kind()).isEqualTo(OrderKind.TEMPERATURE_COMPLAINT);
        assertThat(order.order().number()).isEqualTo(m.workOrderNumber());
        assertThat(order.order().timeline()).extracting(e -> e.what()).contains(TimelineEvent.MEASURED);
        assertThat(order.deadlines()).filteredOn(d -> d.rule() == DeadlineRule.TEMPERATURE_TEST).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.MET));
        assertThat(audit.forEntity("TEMPERATURE_MEASUREMENT", String.valueOf(m.id()))).extracting(AuditRecord::action)
                .containsExactly("TEMPERATURE_MEASURED", "TEMPERATURE_ORDER_OPENED");
        assertThat(customerFiles.file(f.household, f.butler).timeline())
                .anySatisfy(e -> assertThat(e.reference()).isEqualTo("/temperature/" + m.id()));
    }

    @Test
    void rTemp6_theCompanyAtFaultReducesTheFeeByTheTierInForceAndRecordsTheVersion() {
        TemperatureMeasurement m = measurements.record(bedroomAt(f.household, "16.5", "-2", "2256.35"), f.butler);

        PolicyVersionView seeded = policies.versions(PolicyFamily.FEE_REDUCTION).get(0);
        assertThat(m.companyAtFault()).isTrue();
        assertThat(m.shortfallCelsius()).isEqualByComparingTo("1.5");
        assertThat(m.reductionPercent()).isEqualByComparingTo("20");
        assertThat(m.reductionVersionId()).isEqualTo(seeded.id());
        assertThat(m.reductionBasis()).contains("示例").isEqualTo(seeded.document() + " " + seeded.article());
        assertThat(measurements.ofCustomer(f.household, f.butler)).extracting(TemperatureMeasurement::reductionBasis)
                .containsExactly(m.reductionBasis());
        assertThat(m.reductionYuan()).isEqualByComparingTo("451.27");
    }

    @Test
    void rTemp6_aMeasurementMeetsTheOpenComplaintsTwentyFourHourTestWhateverItsVerdict() {
        WorkOrder complaint = workOrders.register(NewOrder.hotline(OrderKind.TEMPERATURE_COMPLAINT, Urgency.GENERAL,
                f.household, "家里太冷，要求测温"), f.agent);
        clock.advance(Duration.ofHours(3));

        TemperatureMeasurement m = measurements.record(bedroomAt(f.household, "18.6", "-2", null), f.butler);

        assertThat(m.verdict()).isEqualTo(TemperatureVerdict.COMPLIANT);
        assertThat(m.orderLink()).isEqualTo(OrderFollowUp.LINK);
        assertThat(m.workOrderId()).isEqualTo(complaint.id());
        assertThat(m.testMet()).isTrue();
        assertThat(m.companyAtFault()).isFalse();
        assertThat(m.reductionPercent()).isNull();
        assertThat(workOrders.order(complaint.id(), f.agent).deadlines())
                .filteredOn(d -> d.rule() == DeadlineRule.TEMPERATURE_TEST).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.MET));
        assertThat(workOrders.customerOrders(f.household, f.agent)).hasSize(1);
    }

    @Test
    void rTemp5_aSuspendedHomeIsNotOwedTheStandardSoItsColdReadingOpensNothing() {
        TemperatureMeasurement m = measurements.record(bedroomAt(f.suspended, "12", "-2", null), f.butler);

        assertThat(m.verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
        assertThat(m.orderLink()).isNull();
        assertThat(m.workOrderId()).isNull();
        assertThat(workOrders.customerOrders(f.suspended, f.agent)).isEmpty();
    }

    @Test
    void rTemp1_belowTheDesignOutdoorTemperatureAColdRoomIsExemptAndOpensNothing() {
        TemperatureMeasurement m = measurements.record(bedroomAt(f.household, "15", "-8", null), f.butler);

        assertThat(m.verdict()).isEqualTo(TemperatureVerdict.EXEMPT);
        assertThat(m.rooms().get(0).failedCondition()).isEqualTo(FailedCondition.OUTDOOR_BELOW_DESIGN);
        assertThat(m.companyAtFault()).isFalse();
        assertThat(m.workOrderId()).isNull();
    }

    @Test
    void rTemp3_takesTheOutdoorTemperatureNearestWithinAnHourAndAsksForOneWhenNoneIsRecorded() {
        Instant at = heatingTime().minus(Duration.ofDays(400)).plusSeconds(f.tag.hashCode() % 3600);
        NewTemperatureMeasurement without = new NewTemperatureMeasurement(f.household, null, at, "TES-1310", null, true,
                null, List.of(new NewTemperatureMeasurement.Room(RoomType.BEDROOM, null, new BigDecimal("19"), null)));
        assertThatThrownBy(() -> measurements.record(without, f.butler)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 小时内没有室外温度");

        measurements.enterOutdoor(at.minus(Duration.ofMinutes(50)), new BigDecimal("-1.5"), f.dispatcher);
        measurements.enterOutdoor(at.plus(Duration.ofMinutes(20)), new BigDecimal("-3.25"), f.dispatcher);
        TemperatureMeasurement m = measurements.record(without, f.butler);

        assertThat(m.outdoorCelsius()).isEqualByComparingTo("-3.25");
        assertThat(m.outdoorSource()).isEqualTo(OutdoorSource.ENTERED);
    }

    @Test
    void importsOutdoorTemperaturesFromCsvSkippingRecordedInstantsAndNamingBadRows() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        Instant base = Instant.parse("2020-01-01T00:00:00Z").plus(Duration.ofMinutes(Math.abs(f.tag.hashCode() % 500_000)));
        String csv = "时间,室外温度\n" + minutes.format(base) + ",-4.5\n" + minutes.format(base.plusSeconds(3600))
                + ",-5\n明天,3\n" + minutes.format(base.plusSeconds(7200)) + ",冷\n";

        OutdoorImport first = measurements.importOutdoor(new StringReader(csv), f.dispatcher);
        OutdoorImport again = measurements.importOutdoor(new StringReader(csv), f.dispatcher);

        assertThat(first.added()).isEqualTo(2);
        assertThat(first.problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("第 4 行"))
                .anySatisfy(p -> assertThat(p).startsWith("第 5 行"));
        assertThat(again.added()).isZero();
        assertThat(again.alreadyRecorded()).isEqualTo(2);
        assertThat(measurements.outdoorNear(base.plusSeconds(600))).hasValueSatisfying(o -> {
            assertThat(o.celsius()).isEqualByComparingTo("-4.5");
            assertThat(o.source()).isEqualTo(OutdoorSource.IMPORTED);
        });
    }

    @Test
    void rSys2_aMeasurementOutsideTheViewersAreaIsNotFoundAndOnlyMeasurersRecord() {
        TemperatureMeasurement m = measurements.record(bedroomAt(f.household, "19", "-2", null), f.butler);

        assertThat(measurements.measurement(m.id(), f.dispatcher).verdict()).isEqualTo(TemperatureVerdict.COMPLIANT);
        assertThatThrownBy(() -> measurements.measurement(m.id(), f.otherButler)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> measurements.record(bedroomAt(f.household, "19", "-2", null), f.agent))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> measurements.enterOutdoor(heatingTime(), BigDecimal.ONE, f.butler))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void rTemp3_namesTheRoomWhoseReadingIsImplausible() {
        NewTemperatureMeasurement bad = new NewTemperatureMeasurement(f.household, null, heatingTime(), "TES",
                new BigDecimal("-2"), true, null, List.of(
                new NewTemperatureMeasurement.Room(RoomType.BEDROOM, null, new BigDecimal("19"), null),
                new NewTemperatureMeasurement.Room(RoomType.LIVING_ROOM, null, new BigDecimal("95"), null)));

        assertThatThrownBy(() -> measurements.record(bad, f.butler)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("第 2 个房间")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rooms[1].celsius"));
    }
}
