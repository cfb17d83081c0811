package cn.heatdesk.customers.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.HeatingRates;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.policy.domain.CommunitySupply;
import cn.heatdesk.policy.domain.UnitStandard;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * The demo district in the database of a demo-mode application (the same context as the demo staff tests),
 * and the real demo logins using it over HTTP Basic.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoDistrictTests {

    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final StaffMember AGENT = new StaffMember(1, "agent", "李娜", StaffRole.HOTLINE_AGENT);

    @Autowired
    DemoDistrict demoDistrict;
    @Autowired
    Organisation organisation;
    @Autowired
    HeatingRates rates;
    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void createsTheDistrictAtStartup() {
        assertThat(organisation.branches()).extracting(Organisation.Branch::name).containsExactlyInAnyOrder("张店分公司", "淄川分公司");
        assertThat(organisation.areas()).hasSize(6).first()
                .satisfies(a -> {
                    assertThat(a.butlerNumber()).isEqualTo("01");
                    assertThat(a.butlerUsername()).isEqualTo("butler");
                });
        assertThat(organisation.communities()).hasSize(14);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE kind = 'RESIDENTIAL'")).isEqualTo(1976);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE kind = 'INSTITUTIONAL'")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM customer_season_status")).isEqualTo(1980);
        assertThat(count("SELECT COUNT(*) FROM staff_scope s JOIN branch b ON b.id = s.branch_id "
                + "WHERE s.username = 'dispatcher' AND b.name = '张店分公司'")).isEqualTo(1);
    }

    @Test
    void createsNothingOnASecondStart() {
        assertThat(demoDistrict.createIfEmpty()).isNull();
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(1980);
    }

    @Test
    @DisplayName("R-RATE-2, R-RATE-3: the demo shows both sides of 25 %, 30 % and 70 %")
    void showsRatesOnBothSidesOfTheThresholds() {
        assertThat(rates.communities(HeatingRates.Filter.none(), AGENT))
                .extracting(HeatingRates.CommunityRate::supply)
                .contains(CommunitySupply.SUPPLY_OBLIGATORY, CommunitySupply.COMPANY_DECIDES);
        assertThat(rates.communities(HeatingRates.Filter.none(), AGENT))
                .filteredOn(c -> c.communityName().equals("齐盛苑")).singleElement()
                .satisfies(c -> assertThat(c.rate().value()).isEqualByComparingTo("0.25"));
        assertThat(rates.units(HeatingRates.Filter.none(), AGENT))
                .filteredOn(u -> u.communityName().equals("鲁泰花园"))
                .extracting(u -> u.rate().percentText() + " " + u.standard())
                .contains("70.00% STANDARD_18C", "65.00% STANDARD_18C", "30.00% STANDARD_18C", "25.00% COMPANY_DECIDES");
        assertThat(rates.units(HeatingRates.Filter.none(), AGENT)).extracting(HeatingRates.UnitRate::standard)
                .contains(UnitStandard.NOT_DETERMINED);
    }

    @Test
    @Transactional
    void movesTheIdentityColumnsPastTheGeneratedRows() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO branch (code, name) VALUES ('T9', '测试分公司')").update(key, "id");
        assertThat(key.getKey().longValue()).isGreaterThan(count("SELECT MAX(id) FROM branch WHERE code <> 'T9'"));
    }

    @Test
    @DisplayName("R-SYS-2 with the real demo logins: the butler sees area 01, the dispatcher branch 1")
    void scopesTheDemoLoginsOverHttpBasic() throws Exception {
        long inArea01 = count("""
                SELECT MIN(c.id) FROM customer c JOIN area a ON a.id = c.area_id WHERE a.butler_number = '01'""");
        long inBranch2 = count("""
                SELECT MIN(c.id) FROM customer c JOIN area a ON a.id = c.area_id JOIN branch b ON b.id = a.branch_id
                WHERE b.name = '淄川分公司'""");
        long inArea02 = count("""
                SELECT MIN(c.id) FROM customer c JOIN area a ON a.id = c.area_id WHERE a.butler_number = '02'""");

        assertThat(get("/api/v1/customers/" + inArea01, "butler").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/customers/" + inArea02, "butler").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/customers/" + inArea02, "dispatcher").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/customers/" + inBranch2, "dispatcher").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/customers/" + inBranch2, "agent").statusCode()).isEqualTo(200);
        HttpResponse<String> search = get("/api/v1/customers/search?q=" + java.net.URLEncoder.encode("12号楼2单元",
                StandardCharsets.UTF_8), "butler");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("华润中央公园12号楼2单元").contains("****");
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":heatdesk-demo").getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
