package cn.heatdesk.policy.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.heatdesk.policy.domain.BoundaryLocation.BUILDING_FRONT_VALVE;
import static cn.heatdesk.policy.domain.BoundaryLocation.BUILDING_PIPES;
import static cn.heatdesk.policy.domain.BoundaryLocation.ENTRY_PORT;
import static cn.heatdesk.policy.domain.BoundaryLocation.METER;
import static cn.heatdesk.policy.domain.BoundaryLocation.SECONDARY_NETWORK;
import static cn.heatdesk.policy.domain.BoundaryLocation.VALVE_WELL;
import static cn.heatdesk.policy.domain.CustomerKind.INSTITUTIONAL;
import static cn.heatdesk.policy.domain.CustomerKind.RESIDENTIAL;
import static cn.heatdesk.policy.domain.SeededPolicies.BOUNDARY_2008;
import static cn.heatdesk.policy.domain.SeededPolicies.BOUNDARY_2019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Property boundary: R-BOUND-1..3")
class BoundaryRulesTest {

    private final BoundaryRules rules2008 = SeededPolicies.boundaries2008();
    private final BoundaryRules rules2019 = SeededPolicies.boundaries2019();
    private final PolicyVersions<BoundaryRules> versions = SeededPolicies.boundaryVersions();

    @Nested
    @DisplayName("R-BOUND-1 from 2020-02-01: company to the entry port (meter excluded) or the main valve well")
    class From2020 {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "HEAT_SOURCE,          COMPANY",
                "PRIMARY_NETWORK,      COMPANY",
                "HEAT_STATION,         COMPANY",
                "SECONDARY_NETWORK,    COMPANY",
                "BUILDING_FRONT_VALVE, COMPANY",
                "BUILDING_PIPES,       COMPANY",
                "ENTRY_PORT,           COMPANY",
                "METER,                CUSTOMER",
                "INDOOR_SYSTEM,        CUSTOMER"})
        void assignsEveryResidentialLocation(BoundaryLocation location, ResponsibleParty expected) {
            assertThat(rules2019.responsibility(RESIDENTIAL, location).responsibleParty()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "HEAT_SOURCE,         COMPANY",
                "PRIMARY_NETWORK,     COMPANY",
                "HEAT_STATION,        COMPANY",
                "SECONDARY_NETWORK,   COMPANY",
                "VALVE_WELL,          COMPANY",
                "INSTITUTION_NETWORK, CUSTOMER"})
        void assignsEveryInstitutionalLocation(BoundaryLocation location, ResponsibleParty expected) {
            assertThat(rules2019.responsibility(INSTITUTIONAL, location).responsibleParty()).isEqualTo(expected);
        }

        @Test
        void leavesNothingToTheOwnersCollectively() {
            assertThat(RESIDENTIAL.path()).allSatisfy(location ->
                    assertThat(rules2019.responsibility(RESIDENTIAL, location).responsibleParty())
                            .isNotEqualTo(ResponsibleParty.OWNERS_COLLECTIVE));
        }
    }

    @Nested
    @DisplayName("R-BOUND-2 before 2020-02-01: company to the building-front valve or the valve well")
    class Before2020 {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "HEAT_SOURCE,          COMPANY",
                "PRIMARY_NETWORK,      COMPANY",
                "HEAT_STATION,         COMPANY",
                "SECONDARY_NETWORK,    COMPANY",
                "BUILDING_FRONT_VALVE, COMPANY",
                "BUILDING_PIPES,       OWNERS_COLLECTIVE",
                "ENTRY_PORT,           CUSTOMER",
                "METER,                CUSTOMER",
                "INDOOR_SYSTEM,        CUSTOMER"})
        void assignsEveryResidentialLocation(BoundaryLocation location, ResponsibleParty expected) {
            assertThat(rules2008.responsibility(RESIDENTIAL, location).responsibleParty()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "HEAT_SOURCE,         COMPANY",
                "PRIMARY_NETWORK,     COMPANY",
                "HEAT_STATION,        COMPANY",
                "SECONDARY_NETWORK,   COMPANY",
                "VALVE_WELL,          COMPANY",
                "INSTITUTION_NETWORK, CUSTOMER"})
        void assignsEveryInstitutionalLocation(BoundaryLocation location, ResponsibleParty expected) {
            assertThat(rules2008.responsibility(INSTITUTIONAL, location).responsibleParty()).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("R-BOUND-3 the responsible party with the document and article applied")
    class ResponsiblePartyWithDocument {

        @Test
        void movesTheBuildingPipesToTheCompanyForContractsFromFebruary2020() {
            assertThat(versions.effectiveOn(LocalDate.of(2020, 1, 31)).responsibility(RESIDENTIAL, BUILDING_PIPES)
                    .responsibleParty()).isEqualTo(ResponsibleParty.OWNERS_COLLECTIVE);
            assertThat(versions.effectiveOn(LocalDate.of(2020, 2, 1)).responsibility(RESIDENTIAL, BUILDING_PIPES)
                    .responsibleParty()).isEqualTo(ResponsibleParty.COMPANY);
        }

        @Test
        void movesTheEntryPortToTheCompanyForContractsFromFebruary2020() {
            assertThat(versions.effectiveOn(LocalDate.of(2020, 1, 31)).responsibility(RESIDENTIAL, ENTRY_PORT)
                    .responsibleParty()).isEqualTo(ResponsibleParty.CUSTOMER);
            assertThat(versions.effectiveOn(LocalDate.of(2020, 2, 1)).responsibility(RESIDENTIAL, ENTRY_PORT)
                    .responsibleParty()).isEqualTo(ResponsibleParty.COMPANY);
        }

        @Test
        void keepsTheMeterWithTheCustomerUnderBothVersions() {
            assertThat(rules2008.responsibility(RESIDENTIAL, METER).responsibleParty())
                    .isEqualTo(ResponsibleParty.CUSTOMER);
            assertThat(rules2019.responsibility(RESIDENTIAL, METER).responsibleParty())
                    .isEqualTo(ResponsibleParty.CUSTOMER);
        }

        @Test
        void namesTheDocumentAndArticleOfThe2019Version() {
            Responsibility meter = rules2019.responsibility(RESIDENTIAL, METER);

            assertThat(meter.policy()).isEqualTo(BOUNDARY_2019);
            assertThat(meter.customerKind()).isEqualTo(RESIDENTIAL);
            assertThat(meter.location()).isEqualTo(METER);
            assertThat(meter.reason())
                    .isEqualTo("计量装置属于用户自有维护范围：依据 淄政办发〔2019〕14号 第十条，供热公司负责至居民用户的入户端口（含）");
        }

        @Test
        void namesTheDocumentAndArticleOfThe2008Version() {
            Responsibility pipes = rules2008.responsibility(RESIDENTIAL, BUILDING_PIPES);

            assertThat(pipes.policy()).isEqualTo(BOUNDARY_2008);
            assertThat(pipes.reason()).isEqualTo(
                    "楼内公共管道/立管属于业主共有维护范围：依据 淄政办发〔2008〕114号 第十一条，供热公司负责至居民用户的楼前阀门（含）");
        }

        @Test
        void namesTheDocumentAloneWhenNoArticleIsRecorded() {
            PolicyReference noArticle = new PolicyReference(9, PolicyFamily.PROPERTY_BOUNDARY, "测试文件", null,
                    LocalDate.of(2030, 1, 1), null);
            BoundaryRules rules = new BoundaryRules(noArticle, rules2019.residential(), rules2019.institutional());

            assertThat(rules.responsibility(INSTITUTIONAL, VALVE_WELL).reason())
                    .isEqualTo("阀门井/总阀门井属于供热公司维护范围：依据 测试文件，供热公司负责至单位用户的阀门井/总阀门井（含）");
        }

        @Test
        void refusesALocationOffTheResidentialPath() {
            assertThatIllegalArgumentException().isThrownBy(() -> rules2019.responsibility(RESIDENTIAL, VALVE_WELL))
                    .withMessage("阀门井/总阀门井不在居民用户的供热路径上");
        }

        @Test
        void refusesALocationOffTheInstitutionalPath() {
            assertThatIllegalArgumentException().isThrownBy(() -> rules2008.responsibility(INSTITUTIONAL, METER))
                    .withMessage("计量装置不在单位用户的供热路径上");
        }

        @Test
        void refusesAContractDateOutsideEveryVersion() {
            assertThatThrownBy(() -> versions.effectiveOn(LocalDate.of(2025, 2, 1)))
                    .isInstanceOfSatisfying(NoPolicyInForceException.class, refusal -> {
                        assertThat(refusal.family()).isEqualTo(PolicyFamily.PROPERTY_BOUNDARY);
                        assertThat(refusal.nearest()).isEqualTo(BOUNDARY_2019);
                    });
        }
    }

    @Nested
    @DisplayName("R-BOUND-3 boundaries are checked when a version is entered (R-FEE-4)")
    class BoundaryData {

        @Test
        void laysOutEachCustomerKindsHeatPathFromTheSource() {
            assertThat(RESIDENTIAL.path()).containsExactly(BoundaryLocation.HEAT_SOURCE,
                    BoundaryLocation.PRIMARY_NETWORK, BoundaryLocation.HEAT_STATION, SECONDARY_NETWORK,
                    BUILDING_FRONT_VALVE, BUILDING_PIPES, ENTRY_PORT, METER, BoundaryLocation.INDOOR_SYSTEM);
            assertThat(INSTITUTIONAL.path()).containsExactly(BoundaryLocation.HEAT_SOURCE,
                    BoundaryLocation.PRIMARY_NETWORK, BoundaryLocation.HEAT_STATION, SECONDARY_NETWORK,
                    VALVE_WELL, BoundaryLocation.INSTITUTION_NETWORK);
            assertThat(RESIDENTIAL.onPath(VALVE_WELL)).isFalse();
            assertThat(INSTITUTIONAL.onPath(SECONDARY_NETWORK)).isTrue();
        }

        @Test
        void refusesACompanyBoundaryOffTheKindsPath() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Boundary(INSTITUTIONAL, ENTRY_PORT, null))
                    .withMessage("入户端口不在单位用户的供热路径上");
        }

        @Test
        void refusesAnOwnersPartOffTheKindsPath() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Boundary(RESIDENTIAL, BUILDING_FRONT_VALVE, VALVE_WELL))
                    .withMessage("阀门井/总阀门井不在居民用户的供热路径上");
        }

        @Test
        void refusesAnOwnersPartThatDoesNotReachBeyondTheCompanyBoundary() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Boundary(RESIDENTIAL, BUILDING_FRONT_VALVE, BUILDING_FRONT_VALVE))
                    .withMessage("业主共有部分必须在供热公司分界点之后");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Boundary(RESIDENTIAL, ENTRY_PORT, BUILDING_PIPES))
                    .withMessage("业主共有部分必须在供热公司分界点之后");
        }

        @Test
        void refusesAVersionWithoutBothCustomerKinds() {
            Boundary residential = rules2019.residential();
            Boundary institutional = rules2019.institutional();

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new BoundaryRules(BOUNDARY_2019, null, institutional))
                    .withMessage("缺少居民用户的产权分界");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new BoundaryRules(BOUNDARY_2019, residential, residential))
                    .withMessage("缺少单位用户的产权分界");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new BoundaryRules(BOUNDARY_2019, institutional, residential))
                    .withMessage("缺少居民用户的产权分界");
        }
    }
}
