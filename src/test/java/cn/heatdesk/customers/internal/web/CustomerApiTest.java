package cn.heatdesk.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.staff.SignedIn;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;

/**
 * The customer API over HTTP (issue 3, R-SYS-2): login, role, object-level scope on every endpoint, masking,
 * logged reveals, status changes and heating rates. Every test is rolled back.
 */
@SpringBootTest
@H2Test
// A context, and so an in-memory database, of its own: it assumes no other test class wrote staff or districts.
@org.springframework.test.context.TestPropertySource(properties = "heatdesk.test.own-database=CustomerApiTest")
@Transactional
class CustomerApiTest {

    static final String PHONE = "13812345678";
    static final String ID_NUMBER = "370303199001011234";

    /** One signed-in staff member per role; the butler keeps area A1, the dispatcher branch 1. */
    static final Map<StaffRole, String> USERNAMES = Map.of(StaffRole.HOTLINE_AGENT, "agent", StaffRole.BUTLER, "butler",
            StaffRole.BRANCH_DISPATCHER, "dispatcher", StaffRole.MARKET_SERVICE, "market",
            StaffRole.PRODUCTION_MANAGEMENT, "production", StaffRole.SUPERVISOR, "supervisor",
            StaffRole.ADMINISTRATOR, "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerFiles files;

    long branch1;
    long areaA1;
    long own;
    long sameBranchOtherArea;
    long otherBranch;

    static RequestPostProcessor as(StaffRole role) {
        String username = USERNAMES.get(role);
        return SignedIn.as(new StaffMember(role.ordinal() + 1, username, username, role));
    }

    @BeforeEach
    void district() {
        int season = files.currentSeason();
        CustomerFixtures f = new CustomerFixtures(jdbc);
        branch1 = f.branch("AB1", "接口一分公司");
        long branch2 = f.branch("AB2", "接口二分公司");
        areaA1 = f.area(branch1, "AA1", "接口一片区", "A01", "butler");
        long areaA2 = f.area(branch1, "AA2", "接口二片区", "A02", "butler3");
        long areaB1 = f.area(branch2, "AB1", "接口三片区", "A03", "butler2");
        f.dispatcherOf("dispatcher", branch1);

        long garden = f.community(areaA1, "接口花园");
        long b12 = f.building(garden, "12号楼", true, null);
        long u2 = f.unit(b12, "2单元");
        own = f.household(areaA1, u2, "API0001", "301", "王建华", PHONE, ID_NUMBER, "接口花园12号楼2单元301", "100.00",
                LocalDate.of(2021, 3, 1));
        // Ten households in unit 3, seven heated: exactly 70 %. Three in unit 4, two heated: 66.66… %.
        long u3 = f.unit(b12, "3单元");
        for (int i = 0; i < 10; i++) {
            long id = f.household(areaA1, u3, "API01" + i, "10" + i, "赵" + i, "1370000" + (1000 + i), null,
                    "接口花园12号楼3单元10" + i, "60", LocalDate.of(2021, 3, 1));
            f.status(id, season, i < 7 ? HeatingStatus.IN_SERVICE : HeatingStatus.SUSPENDED);
        }
        long u4 = f.unit(b12, "4单元");
        for (int i = 0; i < 3; i++) {
            long id = f.household(areaA1, u4, "API02" + i, "20" + i, "钱" + i, "1370000" + (2000 + i), null,
                    "接口花园12号楼4单元20" + i, "60", LocalDate.of(2021, 3, 1));
            f.status(id, season, i < 2 ? HeatingStatus.IN_SERVICE : HeatingStatus.NOT_CONNECTED);
        }
        long park = f.community(areaA2, "接口公园");
        sameBranchOtherArea = f.household(areaA2, f.unit(f.building(park, "1号楼", true, null), "1单元"), "API1001",
                "101", "王小明", "13611112222", null, "接口公园1号楼1单元101", "70", LocalDate.of(2015, 1, 1));
        long court = f.community(areaB1, "接口苑");
        otherBranch = f.household(areaB1, f.unit(f.building(court, "3号楼", false, null), "1单元"), "API2001", "101",
                "王大力", "13622223333", null, "接口苑3号楼1单元101", "80", LocalDate.of(2012, 5, 1));
    }

    @Nested
    class Login {

        @Test
        void answers401ToAnonymousCallers() throws Exception {
            mvc.perform(get("/api/v1/customers/search").param("q", "王"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHORIZED"));
            mvc.perform(get("/api/v1/customers/{id}", own)).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/heating-rates/units")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/organisation/areas")).andExpect(status().isUnauthorized());
        }

        @Test
        @DisplayName("R-SYS-2: only administrators read the reveal log")
        void keepsTheRevealLogForAdministrators() throws Exception {
            mvc.perform(get("/api/v1/admin/personal-data-reveals").with(as(StaffRole.SUPERVISOR)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/admin/personal-data-reveals").with(as(StaffRole.ADMINISTRATOR)))
                    .andExpect(status().isOk());
        }

        @Test
        void publishesTheCustomerApiInTheOpenApiDocument() throws Exception {
            mvc.perform(get("/v3/api-docs"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/search")))
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/{id}")))
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/{id}/reveal")))
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/{id}/status")))
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/heating-rates/communities")))
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/heating-rates/units")))
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/organisation/areas")))
                    .andExpect(jsonPath("$.paths", hasKey("/api/v1/admin/personal-data-reveals")));
        }
    }

    @Nested
    @DisplayName("R-SYS-2: masking")
    class Masking {

        @ParameterizedTest
        @EnumSource(StaffRole.class)
        void showsEveryRoleTheFileWithPhoneAndIdNumberMasked(StaffRole role) throws Exception {
            mvc.perform(get("/api/v1/customers/{id}", own).with(as(role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.accountNumber").value("API0001"))
                    .andExpect(jsonPath("$.maskedPhone").value("138****5678"))
                    .andExpect(jsonPath("$.maskedIdNumber").value("370***********1234"))
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString(PHONE))))
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString(ID_NUMBER))));
        }

        @Test
        void masksPhonesInSearchResults() throws Exception {
            mvc.perform(get("/api/v1/customers/search").param("q", "API0001").with(as(StaffRole.HOTLINE_AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].maskedPhone").value("138****5678"))
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString(PHONE))));
        }

        @Test
        @DisplayName("R-RATE-5: the file carries the fee quote and the boundary answers")
        void answersWithTheFeeAndTheBoundaries() throws Exception {
            mvc.perform(get("/api/v1/customers/{id}", own).with(as(StaffRole.HOTLINE_AGENT)))
                    .andExpect(jsonPath("$.fee.ratePerM2").value(90.00))
                    .andExpect(jsonPath("$.fee.amount").value(9000.00))
                    .andExpect(jsonPath("$.place.butlerNumber").value("A01"))
                    .andExpect(jsonPath("$.boundaries[*].location", hasItem("METER")));
        }
    }

    @Nested
    @DisplayName("R-SYS-2: reveal")
    class Reveal {

        @ParameterizedTest(name = "{0} reveals {1}: {2}")
        @CsvSource({
                "HOTLINE_AGENT, PHONE, 200", "HOTLINE_AGENT, ID_NUMBER, 403",
                "BUTLER, PHONE, 200", "BUTLER, ID_NUMBER, 403",
                "BRANCH_DISPATCHER, PHONE, 200", "BRANCH_DISPATCHER, ID_NUMBER, 403",
                "MARKET_SERVICE, PHONE, 200", "MARKET_SERVICE, ID_NUMBER, 200",
                "PRODUCTION_MANAGEMENT, PHONE, 403", "PRODUCTION_MANAGEMENT, ID_NUMBER, 403",
                "SUPERVISOR, PHONE, 403", "SUPERVISOR, ID_NUMBER, 403",
                "ADMINISTRATOR, PHONE, 200", "ADMINISTRATOR, ID_NUMBER, 200" })
        void revealsOnlyToRolesThatNeedTheField(StaffRole role, String field, int expected) throws Exception {
            var result = mvc.perform(post("/api/v1/customers/{id}/reveal", own).with(as(role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"field\":\"" + field + "\",\"purpose\":\"回电\"}"))
                    .andExpect(status().is(expected));
            if (expected == 200) {
                result.andExpect(jsonPath("$.field").value(field))
                        .andExpect(jsonPath("$.value").value(field.equals("PHONE") ? PHONE : ID_NUMBER));
            } else {
                result.andExpect(jsonPath("$.code").value("FORBIDDEN"));
            }
        }

        @Test
        void logsEveryRevealForTheAdministrators() throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/reveal", own).with(as(StaffRole.BUTLER))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"PHONE\",\"purpose\":\"约上门时间\"}"))
                    .andExpect(status().isOk());

            mvc.perform(get("/api/v1/admin/personal-data-reveals").param("limit", "5").with(as(StaffRole.ADMINISTRATOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].revealedBy").value("butler"))
                    .andExpect(jsonPath("$[0].customerId").value(own))
                    .andExpect(jsonPath("$[0].accountNumber").value("API0001"))
                    .andExpect(jsonPath("$[0].field").value("PHONE"))
                    .andExpect(jsonPath("$[0].purpose").value("约上门时间"))
                    .andExpect(jsonPath("$[0].revealedAt").value(org.hamcrest.Matchers.endsWith("+08:00")));
        }

        @Test
        void answers404NotForbiddenForACustomerOutsideTheScope() throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/reveal", otherBranch).with(as(StaffRole.BUTLER))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"PHONE\"}"))
                    .andExpect(status().isNotFound());
            assertThat(files.revealLog(0, 50)).noneMatch(r -> r.customerId() == otherBranch);
        }
    }

    @Nested
    @DisplayName("R-SYS-2: area and branch scope")
    class Scope {

        @Test
        void showsAButlerTheirOwnAreasCustomer() throws Exception {
            mvc.perform(get("/api/v1/customers/{id}", own).with(as(StaffRole.BUTLER))).andExpect(status().isOk());
        }

        @Test
        void answersAButlerAskingForAnotherAreasCustomerExactlyLikeAnUnknownId() throws Exception {
            String unknown = mvc.perform(get("/api/v1/customers/{id}", 987654321L).with(as(StaffRole.BUTLER)))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            for (long id : new long[] { sameBranchOtherArea, otherBranch }) {
                String outOfScope = mvc.perform(get("/api/v1/customers/{id}", id).with(as(StaffRole.BUTLER)))
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                        .andReturn().getResponse().getContentAsString();
                assertThat(outOfScope.replace("/" + id, "/ID")).isEqualTo(unknown.replace("/987654321", "/ID"));
            }
        }

        @Test
        void showsADispatcherTheirBranchOnly() throws Exception {
            mvc.perform(get("/api/v1/customers/{id}", own).with(as(StaffRole.BRANCH_DISPATCHER)))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/customers/{id}", sameBranchOtherArea).with(as(StaffRole.BRANCH_DISPATCHER)))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/customers/{id}", otherBranch).with(as(StaffRole.BRANCH_DISPATCHER)))
                    .andExpect(status().isNotFound());
        }

        @Test
        void searchesOnlyWithinTheScope() throws Exception {
            mvc.perform(get("/api/v1/customers/search").param("q", "王").with(as(StaffRole.BUTLER)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].accountNumber", containsInAnyOrder("API0001")));
            mvc.perform(get("/api/v1/customers/search").param("q", "王").with(as(StaffRole.BRANCH_DISPATCHER)))
                    .andExpect(jsonPath("$[*].accountNumber", containsInAnyOrder("API0001", "API1001")));
            mvc.perform(get("/api/v1/customers/search").param("q", "王").with(as(StaffRole.SUPERVISOR)))
                    .andExpect(jsonPath("$[*].accountNumber", containsInAnyOrder("API0001", "API1001", "API2001")));
        }

        @Test
        void refusesAStatusChangeOutsideTheScopeAs404() throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/status", otherBranch).with(as(StaffRole.BUTLER))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"IN_SERVICE\",\"reason\":\"开户\"}"))
                    .andExpect(status().isNotFound());
        }

        @Test
        void ratesOnlyTheCallersArea() throws Exception {
            mvc.perform(get("/api/v1/heating-rates/communities").with(as(StaffRole.BUTLER)))
                    .andExpect(jsonPath("$[*].communityName", containsInAnyOrder("接口花园")));
        }
    }

    @Nested
    class StatusChange {

        @Test
        @DisplayName("Status changes are history: who, when, why")
        void recordsAButlersStatusChange() throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/status", own).with(as(StaffRole.BUTLER))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"seasonStartYear\":null,\"status\":\"SUSPENDED\",\"reason\":\"外出务工报停\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.statuses[0].status").value("SUSPENDED"))
                    .andExpect(jsonPath("$.statusHistory[0].changedBy").value("butler"))
                    .andExpect(jsonPath("$.statusHistory[0].reason").value("外出务工报停"))
                    .andExpect(jsonPath("$.statusHistory[0].changedAt").value(org.hamcrest.Matchers.endsWith("+08:00")))
                    .andExpect(jsonPath("$.maskedPhone").value("138****5678"));
        }

        @ParameterizedTest
        @EnumSource(value = StaffRole.class, names = { "HOTLINE_AGENT", "PRODUCTION_MANAGEMENT", "SUPERVISOR" })
        void refusesRolesThatOnlyRead(StaffRole role) throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/status", own).with(as(role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"SUSPENDED\",\"reason\":\"报停\"}"))
                    .andExpect(status().isForbidden());
        }

        @ParameterizedTest
        @EnumSource(value = StaffRole.class, names = { "BRANCH_DISPATCHER", "MARKET_SERVICE", "ADMINISTRATOR" })
        void letsTheOtherChangingRolesChangeIt(StaffRole role) throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/status", own).with(as(role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"SUSPENDED\",\"reason\":\"报停\"}"))
                    .andExpect(status().isOk());
        }
    }

    @Nested
    @DisplayName("R-RATE-1..4 over the API")
    class Rates {

        @Test
        void answersSeventyPercentAsOwingEighteenDegrees() throws Exception {
            mvc.perform(get("/api/v1/heating-rates/units").param("communityId", String.valueOf(communityOf(own)))
                            .with(as(StaffRole.HOTLINE_AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.unitName == '3单元')].numerator").value(7))
                    .andExpect(jsonPath("$[?(@.unitName == '3单元')].denominator").value(10))
                    .andExpect(jsonPath("$[?(@.unitName == '3单元')].rate").value(0.7))
                    .andExpect(jsonPath("$[?(@.unitName == '3单元')].standard").value("STANDARD_18C"));
        }

        @Test
        void truncatesTheDecimalRateSoItNeverCrossesAThreshold() throws Exception {
            mvc.perform(get("/api/v1/heating-rates/units").param("areaId", String.valueOf(areaA1))
                            .with(as(StaffRole.HOTLINE_AGENT)))
                    .andExpect(jsonPath("$[?(@.unitName == '4单元')].rate").value(0.6666))
                    .andExpect(jsonPath("$[?(@.unitName == '4单元')].standard").value("STANDARD_18C"));
        }

        @Test
        void answersTheCommunitysSupplyObligation() throws Exception {
            // 9 of 14 households in service.
            mvc.perform(get("/api/v1/heating-rates/communities").param("branchId", String.valueOf(branch1))
                            .param("season", String.valueOf(files.currentSeason())).with(as(StaffRole.MARKET_SERVICE)))
                    .andExpect(jsonPath("$[?(@.communityName == '接口花园')].numerator").value(9))
                    .andExpect(jsonPath("$[?(@.communityName == '接口花园')].denominator").value(14))
                    .andExpect(jsonPath("$[?(@.communityName == '接口花园')].supply").value("SUPPLY_OBLIGATORY"));
        }

        @Test
        void listsTheOrganisation() throws Exception {
            mvc.perform(get("/api/v1/organisation/areas").with(as(StaffRole.HOTLINE_AGENT)))
                    .andExpect(jsonPath("$[?(@.code == 'AA1')].butlerNumber").value("A01"));
            mvc.perform(get("/api/v1/organisation/branches").with(as(StaffRole.HOTLINE_AGENT)))
                    .andExpect(jsonPath("$[*].name", hasItem("接口二分公司")));
            mvc.perform(get("/api/v1/organisation/communities").with(as(StaffRole.HOTLINE_AGENT)))
                    .andExpect(jsonPath("$[*].name", hasItem("接口苑")));
        }

        private long communityOf(long customerId) {
            return jdbc.sql("""
                    SELECT bl.community_id FROM customer c JOIN unit u ON u.id = c.unit_id
                    JOIN building bl ON bl.id = u.building_id WHERE c.id = :id""")
                    .param("id", customerId).query(Long.class).single();
        }
    }

    @Nested
    @DisplayName("R-SYS-4: bad input names the field")
    class BadInput {

        @ParameterizedTest(name = "{0} → field {1}")
        @CsvSource({
                "/api/v1/customers/search?q=王&limit=0, limit",
                "/api/v1/customers/search?q=王&limit=101, limit",
                "/api/v1/customers/search, q",
                "/api/v1/customers/abc, id",
                "/api/v1/heating-rates/units?season=2026-2028, season",
                "/api/v1/heating-rates/units?areaId=x, areaId",
                "/api/v1/admin/personal-data-reveals?offset=-1, offset" })
        void answers400ForBadParameters(String uri, String field) throws Exception {
            mvc.perform(get(uri).with(as(StaffRole.ADMINISTRATOR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(field));
        }

        @ParameterizedTest(name = "{0} → field {1}")
        @CsvSource(delimiter = '|', value = {
                "{\"purpose\":\"回电\"}|field",
                "{\"field\":\"BANK_ACCOUNT\"}|field" })
        void answers400ForABadRevealRequest(String body, String field) throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/reveal", own).with(as(StaffRole.ADMINISTRATOR))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(field));
        }

        @ParameterizedTest(name = "{0} → field {1}")
        @CsvSource(delimiter = '|', value = {
                "{\"status\":\"HOT\",\"reason\":\"x\"}|status",
                "{\"reason\":\"x\"}|status",
                "{\"status\":\"SUSPENDED\"}|reason",
                "{\"status\":\"SUSPENDED\",\"reason\":\"x\",\"seasonStartYear\":1900}|seasonStartYear",
                "{\"status\":\"SUSPENDED\",\"reason\":\"x\",\"seasonStartYear\":\"soon\"}|seasonStartYear" })
        void answers400ForABadStatusChange(String body, String field) throws Exception {
            mvc.perform(post("/api/v1/customers/{id}/status", own).with(as(StaffRole.BUTLER))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(field));
        }
    }
}
