package cn.heatdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.policy.domain.SeasonPhase;
import cn.heatdesk.policy.domain.UseType;

/**
 * Policy persistence on a real database: written once, run on H2 and on PostgreSQL. Each test runs in
 * a transaction that is rolled back, so the seeded versions stay as they are for other tests.
 */
@SpringBootTest
@Transactional
abstract class PolicyPersistenceContract {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    PolicyEngine engine;
    @Autowired
    PolicyAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("R-FEE-1, R-FEE-2: the seeded fee versions load with exact rates")
    void loadsTheSeededFeeVersionsWithExactRates() {
        assertThat(administration.versions(PolicyFamily.CONNECTION_FEE))
                .extracting(PolicyVersionView::document, v -> v.rules().get("RESIDENTIAL"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("淄政办发〔2008〕114号", new BigDecimal("65.00")),
                        org.assertj.core.groups.Tuple.tuple("淄政办发〔2019〕14号", new BigDecimal("90.00")));
    }

    @Test
    void namesTheDocumentOfVersionsOfAnyFamilyByIdInOneCall() {
        PolicyVersionView reduction = administration.versions(PolicyFamily.FEE_REDUCTION).get(0);
        PolicyVersionView fee = administration.versions(PolicyFamily.CONNECTION_FEE).get(0);

        var references = engine.references(java.util.List.of(reduction.id(), fee.id(), -1L));

        assertThat(references).containsOnlyKeys(reduction.id(), fee.id());
        assertThat(references.get(reduction.id())).satisfies(r -> {
            assertThat(r.family()).isEqualTo(PolicyFamily.FEE_REDUCTION);
            assertThat(r.document()).isEqualTo(reduction.document());
            assertThat(r.article()).isEqualTo(reduction.article());
        });
        assertThat(references.get(fee.id()).document()).isEqualTo("淄政办发〔2008〕114号");
        assertThat(engine.references(java.util.List.of())).isEmpty();
    }

    @Test
    @DisplayName("R-FEE-4, R-BOUND-4: an administrator's new version answers dates no version covered, and is audited")
    void addsAFeeVersionThatAnswersLaterContractsAndIsAudited() {
        assertThatThrownBy(() -> engine.connectionFee(UseType.RESIDENTIAL, new BigDecimal("100"), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(NoPolicyInForceException.class);

        PolicyVersionView added = administration.addFeeVersion(new NewFeeVersion("淄政办发〔2025〕1号", "第五条", "测试",
                LocalDate.of(2025, 2, 1), null, new BigDecimal("95.50"), new BigDecimal("85")), "admin");

        assertThat(engine.connectionFee(UseType.RESIDENTIAL, new BigDecimal("100"), LocalDate.of(2026, 3, 1)).amount())
                .isEqualByComparingTo("9550.00");
        assertThat(added.createdBy()).isEqualTo("admin");
        assertThat(audit.forEntity("POLICY_VERSION", String.valueOf(added.id())))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.actor()).isEqualTo("admin");
                    assertThat(r.action()).isEqualTo("POLICY_VERSION_ADDED");
                    assertThat(r.before()).isNull();
                    assertThat(r.after()).contains("淄政办发〔2025〕1号").contains("95.50");
                });
    }

    @Test
    @DisplayName("R-FEE-4: an overlapping version is refused and nothing is written")
    void refusesAnOverlappingVersionWithoutWritingAnything() {
        long versionsBefore = countVersions();
        long auditBefore = countAudit();

        assertThatThrownBy(() -> administration.addFeeVersion(new NewFeeVersion("重叠文件", null, null,
                LocalDate.of(2025, 1, 31), null, new BigDecimal("1"), new BigDecimal("1")), "admin"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("淄政办发〔2019〕14号");

        assertThat(countVersions()).isEqualTo(versionsBefore);
        assertThat(countAudit()).isEqualTo(auditBefore);
    }

    @Test
    void refusesAVersionWithoutADocumentNamingTheField() {
        assertThatThrownBy(() -> administration.addFeeVersion(new NewFeeVersion(" ", null, null,
                LocalDate.of(2030, 1, 1), null, new BigDecimal("1"), new BigDecimal("1")), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("document"));
    }

    @Test
    @DisplayName("R-BOUND-4: a new boundary version is stored point by point and decides by contract date")
    void addsABoundaryVersion() {
        administration.addBoundaryVersion(new NewBoundaryVersion("淄政办发〔2025〕2号", "第十条", null,
                LocalDate.of(2025, 2, 1), null, BoundaryLocation.METER, null, BoundaryLocation.VALVE_WELL), "admin");

        assertThat(engine.responsibility(CustomerKind.RESIDENTIAL, BoundaryLocation.METER, LocalDate.of(2025, 6, 1))
                .responsibleParty()).isEqualTo(ResponsibleParty.COMPANY);
        assertThat(engine.responsibility(CustomerKind.RESIDENTIAL, BoundaryLocation.METER, LocalDate.of(2025, 1, 31))
                .responsibleParty()).isEqualTo(ResponsibleParty.CUSTOMER);
    }

    @Test
    @DisplayName("R-ANS-4: the counted daytime window round-trips through the database")
    void storesTheCallbackWindowOfANewDeadlineVersion() {
        administration.addDeadlineVersion(new NewDeadlineVersion("新时限文件", null, null, LocalDate.of(2030, 1, 1), null,
                20, 10, 120, 1440, 1440, LocalTime.of(8, 30), LocalTime.of(19, 30), 60, 1440), "admin");

        var view = administration.versions(PolicyFamily.SERVICE_DEADLINES).stream()
                .filter(v -> v.document().equals("新时限文件")).findFirst().orElseThrow();
        assertThat(view.rules().get("PAID_SERVICE_CALLBACK").toString()).contains("08:30").contains("19:30");
        var due = engine.deadline(DeadlineRule.ON_SITE, ZonedDateTime.of(2030, 1, 2, 10, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(due.due()).isEqualTo(ZonedDateTime.of(2030, 1, 2, 10, 20, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    @DisplayName("R-FEE-4: a new document ends the open-ended version before it, and the end is audited")
    void endsTheOpenEndedVersionANewDocumentSupersedes() {
        administration.addDeadlineVersion(new NewDeadlineVersion("新时限文件", null, null, LocalDate.of(2030, 1, 1), null,
                20, 10, 120, 1440, 1440, LocalTime.of(8, 0), LocalTime.of(20, 0), 60, 1440), "admin");

        var seeded = administration.versions(PolicyFamily.SERVICE_DEADLINES).get(0);
        assertThat(seeded.effectiveTo()).isEqualTo(LocalDate.of(2029, 12, 31));
        var onTheLastDay = engine.deadline(DeadlineRule.ON_SITE,
                ZonedDateTime.of(2029, 12, 31, 10, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(onTheLastDay.policy().versionId()).isEqualTo(seeded.id());
        assertThat(audit.forEntity("POLICY_VERSION", String.valueOf(seeded.id())))
                .extracting(r -> r.action())
                .contains("POLICY_VERSION_SUPERSEDED");
    }

    @Test
    void refusesANewVersionStartingBeforeTheOpenEndedOne() {
        assertThatThrownBy(() -> administration.addDeadlineVersion(new NewDeadlineVersion("更早的文件", null, null,
                LocalDate.of(2021, 1, 1), null, 30, 10, 120, 1440, 1440, LocalTime.of(8, 0), LocalTime.of(20, 0), 60, 1440),
                "admin"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("R-SEASON-3: the newest emergency-dispatch override of a season wins and is audited")
    void appliesTheNewestSeasonOverride() {
        administration.addSeasonOverride(new NewSeasonOverride(2026, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8),
                LocalDate.of(2027, 3, 31), "淄政字〔2026〕88号", "寒潮提前供热"), "admin");
        administration.addSeasonOverride(new NewSeasonOverride(2026, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 10),
                LocalDate.of(2027, 3, 25), "淄政字〔2026〕90号", "再次调整"), "supervisor");

        var answer = engine.seasonAt(ZonedDateTime.of(2026, 11, 10, 0, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(answer.phase()).isEqualTo(SeasonPhase.HEATING);
        assertThat(answer.override()).hasValueSatisfying(o -> {
            assertThat(o.document()).isEqualTo("淄政字〔2026〕90号");
            assertThat(o.enteredBy()).isEqualTo("supervisor");
        });
        assertThat(engine.seasonAt(ZonedDateTime.of(2026, 11, 9, 12, 0, 0, 0, SHANGHAI).toInstant()).phase())
                .isEqualTo(SeasonPhase.COMMISSIONING);
        assertThat(engine.seasonAt(ZonedDateTime.of(2028, 3, 20, 0, 0, 0, 0, SHANGHAI).toInstant()).phase())
                .as("the override is for one season only").isEqualTo(SeasonPhase.OFF_SEASON);
        assertThat(audit.recent("SEASON_OVERRIDE", 0, 10)).hasSize(2);
    }

    @Test
    void refusesAnOverrideWhoseHeatingEndsBeforeItStarts() {
        assertThatThrownBy(() -> administration.addSeasonOverride(new NewSeasonOverride(2026, LocalDate.of(2026, 11, 8),
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 14), "文件", null), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("heatingEnd"));
    }

    long countVersions() {
        return jdbc.sql("SELECT COUNT(*) FROM policy_version").query(Long.class).single();
    }

    long countAudit() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    }
}
