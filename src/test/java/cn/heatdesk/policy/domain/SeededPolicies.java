package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static cn.heatdesk.policy.domain.BoundaryLocation.BUILDING_FRONT_VALVE;
import static cn.heatdesk.policy.domain.BoundaryLocation.BUILDING_PIPES;
import static cn.heatdesk.policy.domain.BoundaryLocation.ENTRY_PORT;
import static cn.heatdesk.policy.domain.BoundaryLocation.VALVE_WELL;
import static cn.heatdesk.policy.domain.CustomerKind.INSTITUTIONAL;
import static cn.heatdesk.policy.domain.CustomerKind.RESIDENTIAL;
import static cn.heatdesk.policy.domain.DeadlineRule.EMERGENCY_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.GENERAL_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.ON_SITE;
import static cn.heatdesk.policy.domain.DeadlineRule.PAID_SERVICE_CALLBACK;
import static cn.heatdesk.policy.domain.DeadlineRule.RESCHEDULE_NOTICE;
import static cn.heatdesk.policy.domain.DeadlineRule.TEMPERATURE_TEST;

/**
 * The policy versions seeded by {@code db/migration/common/V3__policy_versions.sql}, built by hand so the
 * domain tests run without a database. Keep in step with V3.
 */
final class SeededPolicies {

    static final PolicyReference FEE_2008 = new PolicyReference(1, PolicyFamily.CONNECTION_FEE,
            "淄政办发〔2008〕114号", "配套费：公用80元/平方米，民用65元/平方米",
            LocalDate.of(2008, 1, 1), LocalDate.of(2020, 1, 31));
    static final PolicyReference FEE_2019 = new PolicyReference(2, PolicyFamily.CONNECTION_FEE,
            "淄政办发〔2019〕14号", "第十八条；《淄博市城市基础设施配套费构成表》",
            LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31));
    static final PolicyReference BOUNDARY_2008 = new PolicyReference(3, PolicyFamily.PROPERTY_BOUNDARY,
            "淄政办发〔2008〕114号", "第十一条", LocalDate.of(2008, 1, 1), LocalDate.of(2020, 1, 31));
    static final PolicyReference BOUNDARY_2019 = new PolicyReference(4, PolicyFamily.PROPERTY_BOUNDARY,
            "淄政办发〔2019〕14号", "第十条", LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31));
    static final PolicyReference DEADLINES_2021 = new PolicyReference(5, PolicyFamily.SERVICE_DEADLINES,
            "供热服务有关规定、标准（2021-12-06发布）；山东省供热条例",
            "服务监督反馈管理制度第4条；服务管家制度；解答规范第4条；入户服务规范第2条",
            LocalDate.of(2021, 12, 6), null);

    private SeededPolicies() {
    }

    static FeeSchedule fees2008() {
        return new FeeSchedule(FEE_2008, Map.of(
                UseType.RESIDENTIAL, new BigDecimal("65.00"),
                UseType.NON_RESIDENTIAL, new BigDecimal("80.00")));
    }

    static FeeSchedule fees2019() {
        return new FeeSchedule(FEE_2019, Map.of(
                UseType.RESIDENTIAL, new BigDecimal("90.00"),
                UseType.NON_RESIDENTIAL, new BigDecimal("80.00")));
    }

    static PolicyVersions<FeeSchedule> feeVersions() {
        return new PolicyVersions<>(PolicyFamily.CONNECTION_FEE, List.of(fees2008(), fees2019()));
    }

    static BoundaryRules boundaries2008() {
        return new BoundaryRules(BOUNDARY_2008,
                new Boundary(RESIDENTIAL, BUILDING_FRONT_VALVE, BUILDING_PIPES),
                new Boundary(INSTITUTIONAL, VALVE_WELL, null));
    }

    static BoundaryRules boundaries2019() {
        return new BoundaryRules(BOUNDARY_2019,
                new Boundary(RESIDENTIAL, ENTRY_PORT, null),
                new Boundary(INSTITUTIONAL, VALVE_WELL, null));
    }

    static PolicyVersions<BoundaryRules> boundaryVersions() {
        return new PolicyVersions<>(PolicyFamily.PROPERTY_BOUNDARY, List.of(boundaries2008(), boundaries2019()));
    }

    static DeadlineTerms deadlines2021() {
        return new DeadlineTerms(DEADLINES_2021, Map.of(
                ON_SITE, DeadlineTerm.plain(ON_SITE, Duration.ofMinutes(30)),
                EMERGENCY_REPORT, DeadlineTerm.plain(EMERGENCY_REPORT, Duration.ofMinutes(10)),
                GENERAL_REPORT, DeadlineTerm.plain(GENERAL_REPORT, Duration.ofMinutes(120)),
                TEMPERATURE_TEST, DeadlineTerm.plain(TEMPERATURE_TEST, Duration.ofMinutes(1440)),
                PAID_SERVICE_CALLBACK, new DeadlineTerm(PAID_SERVICE_CALLBACK, Duration.ofMinutes(1440), null,
                        LocalTime.of(8, 0), LocalTime.of(20, 0)),
                RESCHEDULE_NOTICE, new DeadlineTerm(RESCHEDULE_NOTICE, Duration.ofMinutes(60),
                        Duration.ofMinutes(1440), null, null)));
    }
}
