package cn.heatdesk.policy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.heatdesk.support.H2Test;

/** The public policy API's exact contract: paths, field names, enum values, status codes. */
@SpringBootTest
@H2Test
class PolicyApiTest {

    @Autowired
    MockMvc mvc;

    ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Nested
    @DisplayName("GET /api/v1/policy/season-phase (R-SEASON-1..4)")
    class SeasonPhase {

        @Test
        void answersHeatingOnTheFirstDayOfTheHeatingPeriodWithTheSeasonAndItsDates() throws Exception {
            mvc.perform(get("/api/v1/policy/season-phase").param("at", "2026-11-15T00:00:00+08:00"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.at").value("2026-11-15T00:00:00+08:00"))
                    .andExpect(jsonPath("$.phase").value("HEATING"))
                    .andExpect(jsonPath("$.operating").value(true))
                    .andExpect(jsonPath("$.season").value("2026-2027"))
                    .andExpect(jsonPath("$.commissioningStart").value("2026-11-08"))
                    .andExpect(jsonPath("$.heatingStart").value("2026-11-15"))
                    .andExpect(jsonPath("$.heatingEnd").value("2027-03-15"))
                    .andExpect(jsonPath("$.override").value(nullValue()));
        }

        @Test
        void answersCommissioningOnTheLastSecondBeforeHeating() throws Exception {
            mvc.perform(get("/api/v1/policy/season-phase").param("at", "2026-11-14T23:59:59+08:00"))
                    .andExpect(jsonPath("$.phase").value("COMMISSIONING"))
                    .andExpect(jsonPath("$.operating").value(true));
        }

        @Test
        void judgesTheInstantInShanghaiWhateverTheCallersOffset() throws Exception {
            // 2026-11-07T16:00Z is 8 Nov 00:00 in Shanghai: commissioning has begun.
            mvc.perform(get("/api/v1/policy/season-phase").param("at", "2026-11-07T16:00:00Z"))
                    .andExpect(jsonPath("$.phase").value("COMMISSIONING"))
                    .andExpect(jsonPath("$.at").value("2026-11-08T00:00:00+08:00"));
        }

        @Test
        void answersOffSeasonWithNoSeasonNameAndTheNextSeasonsDates() throws Exception {
            mvc.perform(get("/api/v1/policy/season-phase").param("at", "2027-03-16T00:00:00+08:00"))
                    .andExpect(jsonPath("$.phase").value("OFF_SEASON"))
                    .andExpect(jsonPath("$.operating").value(false))
                    .andExpect(jsonPath("$.season").value(nullValue()))
                    .andExpect(jsonPath("$.heatingStart").value("2027-11-15"));
        }

        @Test
        void forgivesAPlusSignDecodedAsASpace() throws Exception {
            mvc.perform(get("/api/v1/policy/season-phase?at=2026-11-15T08:00:00 08:00"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.phase").value("HEATING"));
        }

        @Test
        void answersNowWhenAtIsOmitted() throws Exception {
            mvc.perform(get("/api/v1/policy/season-phase"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.at").exists())
                    .andExpect(jsonPath("$.phase").exists());
        }

        @Test
        void refusesAMalformedInstantWith400NamingTheField() throws Exception {
            mvc.perform(get("/api/v1/policy/season-phase").param("at", "yesterday"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("INVALID_DATE_TIME"))
                    .andExpect(jsonPath("$.field").value("at"));
        }
    }

    @Nested
    @DisplayName("POST /api/v1/policy/connection-fee (R-FEE-1..3, R-BOUND-4)")
    class ConnectionFee {

        @Test
        void quotesNinetyYuanPerSquareMetreForResidentialContractsFromFebruary2020() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":100,\"contractDate\":\"2020-02-01\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.useType").value("RESIDENTIAL"))
                    .andExpect(jsonPath("$.areaM2").value(100))
                    .andExpect(jsonPath("$.ratePerM2").value(90.00))
                    .andExpect(jsonPath("$.amount").value(9000.00))
                    .andExpect(jsonPath("$.policy.document").value("淄政办发〔2019〕14号"))
                    .andExpect(jsonPath("$.policy.article").value(containsString("第十八条")))
                    .andExpect(jsonPath("$.policy.effectiveFrom").value("2020-02-01"))
                    .andExpect(jsonPath("$.policy.effectiveTo").value("2025-01-31"));
        }

        @Test
        void quotesSixtyFiveYuanForResidentialContractsSignedTheDayBefore() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":123.45,\"contractDate\":\"2020-01-31\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ratePerM2").value(65.00))
                    .andExpect(jsonPath("$.amount").value(8024.25))
                    .andExpect(jsonPath("$.policy.document").value("淄政办发〔2008〕114号"));
        }

        @Test
        void quotesEightyYuanForNonResidentialUnderBothVersions() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"NON_RESIDENTIAL\",\"areaM2\":0.01,\"contractDate\":\"2019-06-01\"}")
                    .andExpect(jsonPath("$.amount").value(0.80));
        }

        @Test
        void answers422NoPolicyInForceNamingTheNearestVersionAfterTheNewestExpired() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":100,\"contractDate\":\"2025-02-01\"}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("NO_POLICY_IN_FORCE"))
                    .andExpect(jsonPath("$.nearestPolicy.document").value("淄政办发〔2019〕14号"))
                    .andExpect(jsonPath("$.detail").value(containsString("淄政办发〔2019〕14号")));
        }

        @Test
        void answers422BeforeTheOldestVersion() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":100,\"contractDate\":\"2007-12-31\"}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.nearestPolicy.document").value("淄政办发〔2008〕114号"));
        }

        @Test
        void refusesAnAreaOfZero() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":0,\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_AREA"))
                    .andExpect(jsonPath("$.field").value("areaM2"));
        }

        @Test
        void refusesAnAreaWithThreeDecimals() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":10.125,\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("areaM2"));
        }

        @Test
        void refusesAnAbsurdArea() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":1000000.01,\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("areaM2"));
        }

        @Test
        void refusesAnUnknownUseTypeNamingTheField() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"COMMERCIAL\",\"areaM2\":100,\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_ENUM"))
                    .andExpect(jsonPath("$.field").value("useType"));
        }

        @Test
        void refusesABadDateNamingTheField() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":100,\"contractDate\":\"2021-02-30\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("contractDate"));
        }

        @Test
        void refusesAMissingFieldNamingIt() throws Exception {
            postJson("/api/v1/policy/connection-fee", "{\"useType\":\"RESIDENTIAL\",\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MISSING_FIELD"))
                    .andExpect(jsonPath("$.field").value("areaM2"));
        }

        @Test
        void refusesMalformedJsonWithoutAStackTrace() throws Exception {
            postJson("/api/v1/policy/connection-fee", "{\"useType\":")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_JSON"))
                    .andExpect(content().string(not(containsString("Exception"))));
        }

        @Test
        void refusesATextAreaNamingTheField() throws Exception {
            postJson("/api/v1/policy/connection-fee",
                    "{\"useType\":\"RESIDENTIAL\",\"areaM2\":\"lots\",\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("areaM2"));
        }
    }

    @Nested
    @DisplayName("POST /api/v1/policy/responsibility (R-BOUND-1..4)")
    class ResponsibilityApi {

        @Test
        void givesTheMeterToTheCustomerUnderThe2019Boundary() throws Exception {
            postJson("/api/v1/policy/responsibility",
                    "{\"customerKind\":\"RESIDENTIAL\",\"location\":\"METER\",\"contractDate\":\"2021-03-01\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.responsibleParty").value("CUSTOMER"))
                    .andExpect(jsonPath("$.policy.document").value("淄政办发〔2019〕14号"))
                    .andExpect(jsonPath("$.policy.article").value("第十条"));
        }

        @Test
        void givesTheEntryPortToTheCompanyUnderThe2019Boundary() throws Exception {
            postJson("/api/v1/policy/responsibility",
                    "{\"customerKind\":\"RESIDENTIAL\",\"location\":\"ENTRY_PORT\",\"contractDate\":\"2020-02-01\"}")
                    .andExpect(jsonPath("$.responsibleParty").value("COMPANY"));
        }

        @Test
        void givesSharedBuildingPipesToTheOwnersUnderThe2008Boundary() throws Exception {
            postJson("/api/v1/policy/responsibility",
                    "{\"customerKind\":\"RESIDENTIAL\",\"location\":\"BUILDING_PIPES\",\"contractDate\":\"2020-01-31\"}")
                    .andExpect(jsonPath("$.responsibleParty").value("OWNERS_COLLECTIVE"))
                    .andExpect(jsonPath("$.policy.document").value("淄政办发〔2008〕114号"))
                    .andExpect(jsonPath("$.policy.article").value("第十一条"));
        }

        @Test
        void givesTheValveWellToTheCompanyForInstitutions() throws Exception {
            postJson("/api/v1/policy/responsibility",
                    "{\"customerKind\":\"INSTITUTIONAL\",\"location\":\"VALVE_WELL\",\"contractDate\":\"2015-01-01\"}")
                    .andExpect(jsonPath("$.responsibleParty").value("COMPANY"));
        }

        @Test
        void refusesALocationOffTheCustomersPath() throws Exception {
            postJson("/api/v1/policy/responsibility",
                    "{\"customerKind\":\"INSTITUTIONAL\",\"location\":\"METER\",\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("LOCATION_NOT_ON_PATH"))
                    .andExpect(jsonPath("$.field").value("location"));
        }

        @Test
        void refusesAnUnknownLocation() throws Exception {
            postJson("/api/v1/policy/responsibility",
                    "{\"customerKind\":\"RESIDENTIAL\",\"location\":\"ROOF\",\"contractDate\":\"2021-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("location"));
        }
    }

    @Nested
    @DisplayName("POST /api/v1/policy/heating-rate (R-RATE-1..4)")
    class HeatingRateApi {

        @Test
        void answersBothRatesWithExactNumeratorsAndTheirConsequences() throws Exception {
            postJson("/api/v1/policy/heating-rate", """
                    {"communityHouseholds":400,"communityInService":100,"unitHouseholds":30,"unitInService":21,
                     "article22ConditionsMet":true,"agreementSigned":false}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.communityRate").value(0.25))
                    .andExpect(jsonPath("$.communityRateNumerator").value(100))
                    .andExpect(jsonPath("$.communityRateDenominator").value(400))
                    .andExpect(jsonPath("$.communitySupply").value("SUPPLY_OBLIGATORY"))
                    .andExpect(jsonPath("$.unitRate").value(0.7))
                    .andExpect(jsonPath("$.unitRateNumerator").value(21))
                    .andExpect(jsonPath("$.unitRateDenominator").value(30))
                    .andExpect(jsonPath("$.unitStandard").value("STANDARD_18C"));
        }

        @Test
        void answersAsAgreedBetweenThirtyAndSeventyPercentWithAnAgreement() throws Exception {
            postJson("/api/v1/policy/heating-rate", """
                    {"communityHouseholds":100,"communityInService":24,"unitHouseholds":10,"unitInService":3,
                     "article22ConditionsMet":true,"agreementSigned":true}""")
                    .andExpect(jsonPath("$.communitySupply").value("COMPANY_DECIDES"))
                    .andExpect(jsonPath("$.unitStandard").value("AS_AGREED"));
        }

        @Test
        void answersNotDeterminedWithoutTheArticle22Conditions() throws Exception {
            postJson("/api/v1/policy/heating-rate", """
                    {"communityHouseholds":100,"communityInService":90,"unitHouseholds":10,"unitInService":10,
                     "article22ConditionsMet":false,"agreementSigned":false}""")
                    .andExpect(jsonPath("$.unitStandard").value("NOT_DETERMINED"));
        }

        @Test
        void refusesMoreHouseholdsInServiceThanInTheUnit() throws Exception {
            postJson("/api/v1/policy/heating-rate", """
                    {"communityHouseholds":100,"communityInService":90,"unitHouseholds":10,"unitInService":11,
                     "article22ConditionsMet":true,"agreementSigned":false}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("unitInService"));
        }

        @Test
        void refusesAnEmptyCommunity() throws Exception {
            postJson("/api/v1/policy/heating-rate", """
                    {"communityHouseholds":0,"communityInService":0,"unitHouseholds":10,"unitInService":1,
                     "article22ConditionsMet":true,"agreementSigned":false}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("communityHouseholds"));
        }
    }

    @Nested
    @DisplayName("POST /api/v1/policy/temperature-judgement (R-TEMP-1..4)")
    class TemperatureApi {

        @Test
        void judgesABedroomBelowEighteenDegreesNonCompliantInTheHeatingPeriod() throws Exception {
            postJson("/api/v1/policy/temperature-judgement", """
                    {"at":"2026-12-20T10:00:00+08:00","roomType":"BEDROOM","celsius":17.9,"outdoorCelsius":-3,
                     "envelopeCompliant":true,"indoorSystemNormal":true,"agreedCelsius":null}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.verdict").value("NON_COMPLIANT"))
                    .andExpect(jsonPath("$.requiredCelsius").value(18))
                    .andExpect(jsonPath("$.failedCondition").value(nullValue()))
                    .andExpect(jsonPath("$.reason").value(containsString("低于")));
        }

        @Test
        void exemptsAReadingWhenTheOutdoorTemperatureIsBelowTheDesignMinimum() throws Exception {
            postJson("/api/v1/policy/temperature-judgement", """
                    {"at":"2026-12-20T10:00:00+08:00","roomType":"LIVING_ROOM","celsius":16,"outdoorCelsius":-7.5,
                     "envelopeCompliant":true,"indoorSystemNormal":true}""")
                    .andExpect(jsonPath("$.verdict").value("EXEMPT"))
                    .andExpect(jsonPath("$.failedCondition").value("OUTDOOR_BELOW_DESIGN"));
        }

        @Test
        void letsTheAgreedTemperaturePrevail() throws Exception {
            postJson("/api/v1/policy/temperature-judgement", """
                    {"at":"2026-12-20T10:00:00+08:00","roomType":"BEDROOM","celsius":16,"outdoorCelsius":-2,
                     "envelopeCompliant":true,"indoorSystemNormal":true,"agreedCelsius":16}""")
                    .andExpect(jsonPath("$.verdict").value("COMPLIANT"))
                    .andExpect(jsonPath("$.requiredCelsius").value(16));
        }

        @Test
        void answersNotApplicableOutsideTheHeatingPeriod() throws Exception {
            postJson("/api/v1/policy/temperature-judgement", """
                    {"at":"2026-11-10T10:00:00+08:00","roomType":"BEDROOM","celsius":12,"outdoorCelsius":5,
                     "envelopeCompliant":true,"indoorSystemNormal":true}""")
                    .andExpect(jsonPath("$.verdict").value("NOT_APPLICABLE"));
        }

        @Test
        void refusesAnUnknownRoomType() throws Exception {
            postJson("/api/v1/policy/temperature-judgement", """
                    {"at":"2026-12-20T10:00:00+08:00","roomType":"GARAGE","celsius":16,"outdoorCelsius":-2,
                     "envelopeCompliant":true,"indoorSystemNormal":true}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("roomType"));
        }

        @Test
        void refusesAnAbsurdReading() throws Exception {
            postJson("/api/v1/policy/temperature-judgement", """
                    {"at":"2026-12-20T10:00:00+08:00","roomType":"BEDROOM","celsius":180,"outdoorCelsius":-2,
                     "envelopeCompliant":true,"indoorSystemNormal":true}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("celsius"));
        }
    }

    @Nested
    @DisplayName("POST /api/v1/policy/deadline (R-SUP-3, R-BUTLER-6, R-TEMP-6, R-ANS-4, R-APPT-4)")
    class DeadlineApi {

        @Test
        void addsThirtyMinutesForOnSite() throws Exception {
            postJson("/api/v1/policy/deadline", "{\"rule\":\"ON_SITE\",\"from\":\"2026-12-01T23:50:00+08:00\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rule").value("ON_SITE"))
                    .andExpect(jsonPath("$.due").value("2026-12-02T00:20:00+08:00"));
        }

        @Test
        void countsOnlyDaytimeHoursTowardsThePaidServiceCallback() throws Exception {
            postJson("/api/v1/policy/deadline",
                    "{\"rule\":\"PAID_SERVICE_CALLBACK\",\"from\":\"2026-12-01T21:00:00+08:00\"}")
                    .andExpect(jsonPath("$.due").value("2026-12-03T20:00:00+08:00"));
        }

        @Test
        void givesOneHourNoticeForAnAppointmentInTheOperatingPeriod() throws Exception {
            postJson("/api/v1/policy/deadline",
                    "{\"rule\":\"RESCHEDULE_NOTICE\",\"appointmentAt\":\"2026-11-08T09:00:00+08:00\"}")
                    .andExpect(jsonPath("$.due").value("2026-11-08T08:00:00+08:00"));
        }

        @Test
        void givesOneDayNoticeForAnAppointmentOutsideTheOperatingPeriod() throws Exception {
            postJson("/api/v1/policy/deadline",
                    "{\"rule\":\"RESCHEDULE_NOTICE\",\"appointmentAt\":\"2026-11-07T09:00:00+08:00\"}")
                    .andExpect(jsonPath("$.due").value("2026-11-06T09:00:00+08:00"));
        }

        @Test
        void asksForTheAppointmentTimeForARescheduleNotice() throws Exception {
            postJson("/api/v1/policy/deadline", "{\"rule\":\"RESCHEDULE_NOTICE\",\"from\":\"2026-11-07T09:00:00+08:00\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("appointmentAt"));
        }

        @Test
        void asksForTheStartOfAForwardDeadline() throws Exception {
            postJson("/api/v1/policy/deadline", "{\"rule\":\"TEMPERATURE_TEST\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("from"));
        }

        @Test
        void refusesAnUnknownRule() throws Exception {
            postJson("/api/v1/policy/deadline", "{\"rule\":\"SOMETIME\",\"from\":\"2026-11-07T09:00:00+08:00\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_ENUM"))
                    .andExpect(jsonPath("$.field").value("rule"));
        }
    }
}
