package cn.heatdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.support.H2Test;

/** The administrators' policy API (R-FEE-4, R-BOUND-4, R-SEASON-3, R-SYS-3); every test is rolled back. */
@SpringBootTest
@H2Test
@Transactional
class PolicyAdminApiTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("R-FEE-4: an administrator adds a fee version and the public API answers with it")
    void addsAFeeVersionThatThePublicApiThenUses() throws Exception {
        mvc.perform(post("/api/v1/admin/policy-versions/connection-fee").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"document":"淄政办发〔2025〕3号","article":"第二条","effectiveFrom":"2025-02-01",
                                 "effectiveTo":null,"residentialRate":92,"nonResidentialRate":82}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.family").value("CONNECTION_FEE"))
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andExpect(jsonPath("$.rules.RESIDENTIAL").value(92.00));

        mvc.perform(post("/api/v1/policy/connection-fee").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"useType\":\"RESIDENTIAL\",\"areaM2\":10,\"contractDate\":\"2026-11-26\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(920.00))
                .andExpect(jsonPath("$.policy.document").value("淄政办发〔2025〕3号"))
                .andExpect(jsonPath("$.policy.effectiveTo").doesNotExist());

        mvc.perform(get("/api/v1/admin/audit").with(ADMIN).param("entityType", "POLICY_VERSION"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].summary").value(containsString("淄政办发〔2025〕3号")));
    }

    @Autowired
    PolicyEngine engine;

    @Test
    @DisplayName("R-TEMP-6: an administrator replaces the sample reduction tiers and measurements then use them")
    void addsAFeeReductionVersionThatSupersedesTheSampleTiers() throws Exception {
        mvc.perform(post("/api/v1/admin/policy-versions/fee-reduction").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"document":"淄博市供热室温不达标退费办法（测试）","effectiveFrom":"2026-11-15",
                                 "tiers":[{"shortfallFromCelsius":1,"percent":15},{"shortfallFromCelsius":3,"percent":40}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.family").value("FEE_REDUCTION"))
                .andExpect(jsonPath("$.rules.tiers.length()").value(2));

        assertThat(engine.feeReduction(new java.math.BigDecimal("1.5"), java.time.LocalDate.of(2026, 12, 1)).percent())
                .isEqualByComparingTo("15");
        assertThat(engine.feeReduction(new java.math.BigDecimal("0.5"), java.time.LocalDate.of(2026, 12, 1)).owed())
                .isFalse();
        // The sample version now ends the day before and still answers for earlier measurements.
        assertThat(engine.feeReduction(new java.math.BigDecimal("1.5"), java.time.LocalDate.of(2026, 11, 14)).percent())
                .isEqualByComparingTo("20");
    }

    @Test
    void refusesReductionTiersWhereALargerShortfallReducesLess() throws Exception {
        mvc.perform(post("/api/v1/admin/policy-versions/fee-reduction").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"document":"测试","effectiveFrom":"2027-01-01",
                                 "tiers":[{"shortfallFromCelsius":1,"percent":30},{"shortfallFromCelsius":2,"percent":10}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tiers"));
    }

    @Test
    void answers409ForAnOverlappingVersion() throws Exception {
        mvc.perform(post("/api/v1/admin/policy-versions/property-boundary").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"document":"重叠","effectiveFrom":"2024-01-01","residentialCompanyUpTo":"ENTRY_PORT",
                                 "institutionalCompanyUpTo":"VALVE_WELL"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("POLICY_VERSION_OVERLAP"));
    }

    @Test
    void answers400NamingTheFieldForABoundaryPointOffThePath() throws Exception {
        mvc.perform(post("/api/v1/admin/policy-versions/property-boundary").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"document":"新文件","effectiveFrom":"2025-02-01","residentialCompanyUpTo":"VALVE_WELL",
                                 "institutionalCompanyUpTo":"VALVE_WELL"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("residentialCompanyUpTo"));
    }

    @Test
    @DisplayName("R-SEASON-3: an override is recorded with its document and who entered it")
    void addsASeasonOverride() throws Exception {
        mvc.perform(post("/api/v1/admin/season-overrides").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                        {"seasonStartYear":2026,"commissioningStart":"2026-11-01","heatingStart":"2026-11-08",
                         "heatingEnd":"2027-03-20","document":"淄政字〔2026〕88号","reason":"寒潮"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.document").value("淄政字〔2026〕88号"))
                .andExpect(jsonPath("$.enteredBy").value("admin"));

        mvc.perform(get("/api/v1/policy/season-phase").param("at", "2026-11-08T08:00:00+08:00"))
                .andExpect(jsonPath("$.phase").value("HEATING"))
                .andExpect(jsonPath("$.override.document").value("淄政字〔2026〕88号"));
        mvc.perform(get("/api/v1/admin/season-overrides").with(ADMIN))
                .andExpect(jsonPath("$[*].document", hasItem("淄政字〔2026〕88号")));
    }

    @Test
    void refusesAnonymousCallersWith401() throws Exception {
        mvc.perform(get("/api/v1/admin/policy-versions"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesOtherRolesWith403() throws Exception {
        mvc.perform(get("/api/v1/admin/policy-versions").with(user("butler").roles("BUTLER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsEveryFamilysVersionsAndRefusesWrongCredentials() throws Exception {
        mvc.perform(get("/api/v1/admin/policy-versions").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                // R-TEMP-6: the seeded fee reduction tiers are a version like any other, marked as sample values.
                .andExpect(jsonPath("$[?(@.family == 'FEE_REDUCTION')].rules.tiers[0].percent").value(10.0))
                .andExpect(jsonPath("$[?(@.family == 'FEE_REDUCTION')].note").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("示例值"))));
        mvc.perform(get("/api/v1/admin/policy-versions").with(httpBasic("nobody", "wrong")))
                .andExpect(status().isUnauthorized());
    }
}
