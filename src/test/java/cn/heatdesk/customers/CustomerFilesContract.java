package cn.heatdesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CommunitySupply;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.policy.domain.UnitStandard;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/** Customer files on a real database, written once and run on H2 and PostgreSQL; every test rolls back. */
@SpringBootTest
@Transactional
abstract class CustomerFilesContract {

    static final StaffMember AGENT = new StaffMember(1, "agent", "李娜", StaffRole.HOTLINE_AGENT);
    static final StaffMember BUTLER = new StaffMember(2, "butler", "张伟", StaffRole.BUTLER);
    static final StaffMember OTHER_BUTLER = new StaffMember(3, "butler2", "周敏", StaffRole.BUTLER);
    static final StaffMember DISPATCHER = new StaffMember(4, "dispatcher", "刘洋", StaffRole.BRANCH_DISPATCHER);
    static final StaffMember SUPERVISOR = new StaffMember(5, "supervisor", "孙丽", StaffRole.SUPERVISOR);
    static final StaffMember MARKET = new StaffMember(6, "market", "陈静", StaffRole.MARKET_SERVICE);

    @Autowired
    CustomerFiles files;
    @Autowired
    HeatingRates rates;
    @Autowired
    CustomerExports exports;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    int season;
    long area1;
    long area2;
    long b12;
    long b1;
    long wang;
    long li;
    long otherBranch;

    @BeforeEach
    void district() {
        season = files.currentSeason();
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long east = f.branch("T1", "测试东分公司");
        long west = f.branch("T2", "测试西分公司");
        area1 = f.area(east, "TA1", "测试一片区", "T01", "butler");
        area2 = f.area(west, "TA2", "测试二片区", "T02", "butler2");
        f.dispatcherOf("dispatcher", east);
        long garden = f.community(area1, "测试花园");
        b12 = f.building(garden, "12号楼", true, LocalDate.of(2019, 6, 1));
        long u2 = f.unit(b12, "2单元");
        wang = f.household(area1, u2, "T0001", "301", "王建华", "13812345678", "370303199001011234",
                "测试花园12号楼2单元301", "100.00", LocalDate.of(2021, 3, 1));
        li = f.household(area1, u2, "T0002", "302", "李秀英", "13900005678", null, "测试花园12号楼2单元302", "88.50",
                LocalDate.of(2021, 3, 1));
        long u3 = f.unit(b12, "3单元");
        for (int i = 0; i < 10; i++) {
            long id = f.household(area1, u3, "T01" + i, "10" + i, "赵" + i, "1370000" + (1000 + i), null,
                    "测试花园12号楼3单元10" + i, "60", null);
            f.status(id, season, i < 7 ? HeatingStatus.IN_SERVICE : HeatingStatus.SUSPENDED);
        }
        f.status(wang, season, HeatingStatus.IN_SERVICE);
        f.status(li, season, HeatingStatus.NOT_CONNECTED);
        long park = f.community(area2, "测试公园");
        b1 = f.building(park, "1号楼", false, null);
        otherBranch = f.household(area2, f.unit(b1, "1单元"), "T9001", "101", "王小明", "13611112222", null,
                "测试公园1号楼1单元101", "70", LocalDate.of(2015, 1, 1));
    }

    @Test
    void findsByExactAccountNumber() {
        assertThat(files.search("T0001", AGENT, 20)).extracting(CustomerSummary::id).containsExactly(wang);
    }

    @Test
    void findsByTheLastFourDigitsOfAPhone() {
        assertThat(files.search("5678", AGENT, 20)).extracting(CustomerSummary::id).containsExactlyInAnyOrder(wang, li);
    }

    @Test
    void findsByAFullPhoneNumber() {
        assertThat(files.search("13812345678", AGENT, 20)).extracting(CustomerSummary::id).containsExactly(wang);
    }

    @Test
    void findsByTheBeginningOfAnOwnersName() {
        assertThat(files.search("王", AGENT, 20)).extracting(CustomerSummary::id).containsExactlyInAnyOrder(wang, otherBranch);
    }

    @Test
    void findsByAnAddressFragmentIgnoringSpaces() {
        assertThat(files.search("12号楼 2单元", AGENT, 20)).extracting(CustomerSummary::id)
                .containsExactlyInAnyOrder(wang, li);
    }

    @Test
    void findsByAFragmentOfAnAddressWithoutDigits() {
        assertThat(files.search("测试公园", AGENT, 20)).extracting(CustomerSummary::id).containsExactly(otherBranch);
    }

    @Test
    void findsTheHouseholdsOfACommunityByTwoCharactersOfItsName() {
        assertThat(files.search("公园", AGENT, 20)).extracting(CustomerSummary::id).containsExactly(otherBranch);
        assertThat(files.search("花园", AGENT, 20)).hasSize(12).extracting(CustomerSummary::address)
                .allMatch(a -> a.startsWith("测试花园")).isSorted();
    }

    @Test
    void listsAnExactOwnerNameBeforeLongerOnes() {
        long wangXiao = new CustomerFixtures(jdbc).household(jdbc.sql("SELECT area_id FROM customer WHERE id = :id")
                        .param("id", wang).query(Long.class).single(), jdbc.sql("SELECT unit_id FROM customer WHERE id = :id")
                        .param("id", wang).query(Long.class).single(), "T0003", "303", "王建", null, null,
                "测试花园12号楼2单元303", "90", null);
        assertThat(files.search("王建", AGENT, 20)).extracting(CustomerSummary::id).containsExactly(wangXiao, wang);
    }

    @Test
    void treatsLikeWildcardsInTheQueryAsText() {
        assertThat(files.search("%", AGENT, 20)).isEmpty();
    }

    @Test
    void labelsCustomersOfAnyAreaByAccountNumberNameAndAddressInOneCall() {
        Map<Long, CustomerLabel> labels = files.labels(List.of(wang, otherBranch, -1L));

        assertThat(labels).containsOnlyKeys(wang, otherBranch);
        assertThat(labels.get(wang))
                .isEqualTo(new CustomerLabel(wang, area1, "T0001", "王建华", "测试花园12号楼2单元301"));
        assertThat(labels.get(otherBranch).areaId()).isEqualTo(area2);
        assertThat(files.labels(List.of())).isEmpty();
    }

    @Test
    void namesAnInstitutionByItsOwnNameNotItsContactPerson() {
        long school = new CustomerFixtures(jdbc).institution(area1, "TDW01", "测试小学", "刘老师", "测试路1号", "8600");

        assertThat(files.labels(List.of(school)).get(school))
                .isEqualTo(new CustomerLabel(school, area1, "TDW01", "测试小学", "测试路1号"));
    }

    @Test
    void listsTheFirstCustomersOfAreasById() {
        assertThat(files.firstCustomersOf(List.of(area1), 2)).extracting(CustomerLabel::id).containsExactly(wang, li);
        assertThat(files.firstCustomersOf(List.of(area1, area2), 20)).hasSize(13).extracting(CustomerLabel::id)
                .isSorted().contains(otherBranch);
        assertThat(files.firstCustomersOf(List.of(), 4)).isEmpty();
    }

    @Test
    void findsABuildingWithItsCommunityAreaAndOpeningDate() {
        assertThat(organisation.building(b12)).hasValueSatisfying(b -> {
            assertThat(b.name()).isEqualTo("12号楼");
            assertThat(b.communityName()).isEqualTo("测试花园");
            assertThat(b.areaId()).isEqualTo(area1);
            assertThat(b.areaName()).isEqualTo("测试一片区");
            assertThat(b.openingDate()).isEqualTo(LocalDate.of(2019, 6, 1));
        });
        assertThat(organisation.building(-1)).isEmpty();
    }

    @Test
    void listsTheBuildingsOfTheGivenAreasOnly() {
        assertThat(organisation.buildings(List.of(area1))).extracting(Organisation.Building::id).containsExactly(b12);
        assertThat(organisation.buildings(List.of(area1, area2))).extracting(Organisation.Building::id)
                .containsExactlyInAnyOrder(b12, b1);
        assertThat(organisation.buildings(List.of())).isEmpty();
    }

    @Test
    @DisplayName("R-SYS-2: search results carry the phone masked")
    void masksPhonesInSearchResults() {
        assertThat(files.search("T0001", AGENT, 20)).singleElement()
                .satisfies(s -> assertThat(s.maskedPhone()).isEqualTo("138****5678"));
    }

    @Test
    @DisplayName("R-SYS-2: a butler sees only the customers of their own area")
    void scopesAButlerToTheirArea() {
        assertThat(files.search("王", BUTLER, 20)).extracting(CustomerSummary::id).containsExactly(wang);
        assertThatThrownBy(() -> files.file(otherBranch, BUTLER)).isInstanceOf(NotFoundException.class);
        assertThat(files.file(otherBranch, OTHER_BUTLER).accountNumber()).isEqualTo("T9001");
    }

    @Test
    @DisplayName("R-SYS-2: a branch dispatcher sees only their branch")
    void scopesADispatcherToTheirBranch() {
        assertThat(files.search("王", DISPATCHER, 20)).extracting(CustomerSummary::id).containsExactly(wang);
        assertThatThrownBy(() -> files.file(otherBranch, DISPATCHER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("R-SYS-2: a dispatcher with no branch assigned sees nothing")
    void showsNothingToADispatcherWithoutABranch() {
        StaffMember unassigned = new StaffMember(9, "nobody", "无", StaffRole.BRANCH_DISPATCHER);
        assertThat(files.search("王", unassigned, 20)).isEmpty();
    }

    @Test
    @DisplayName("R-SYS-2: the file masks phone and ID number")
    void masksPersonalDataInTheFile() {
        CustomerFile file = files.file(wang, AGENT);
        assertThat(file.maskedPhone()).isEqualTo("138****5678");
        assertThat(file.maskedIdNumber()).isEqualTo("370***********1234");
        assertThat(file.place().butlerNumber()).isEqualTo("T01");
    }

    @Test
    @DisplayName("R-SYS-2: revealing a phone shows it in full and is logged")
    void revealsAPhoneAndLogsIt() {
        assertThat(files.reveal(wang, PersonalField.PHONE, "回电", BUTLER)).isEqualTo("13812345678");
        assertThat(files.revealLog(0, 10)).first().satisfies(r -> {
            assertThat(r.revealedBy()).isEqualTo("butler");
            assertThat(r.customerId()).isEqualTo(wang);
            assertThat(r.field()).isEqualTo(PersonalField.PHONE);
            assertThat(r.accountNumber()).isEqualTo("T0001");
        });
    }

    @Test
    @DisplayName("R-SYS-2: roles that do not need an ID number cannot reveal it")
    void refusesToRevealAnIdNumberToAHotlineAgent() {
        assertThatThrownBy(() -> files.reveal(wang, PersonalField.ID_NUMBER, null, AGENT))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> files.reveal(wang, PersonalField.PHONE, null, SUPERVISOR))
                .isInstanceOf(ForbiddenException.class);
        assertThat(files.reveal(wang, PersonalField.ID_NUMBER, "过户", MARKET)).isEqualTo("370303199001011234");
    }

    @Test
    @DisplayName("R-SYS-2: a butler cannot reveal the phone of a customer outside their area")
    void refusesToRevealOutsideTheScope() {
        assertThatThrownBy(() -> files.reveal(otherBranch, PersonalField.PHONE, null, BUTLER))
                .isInstanceOf(NotFoundException.class);
        assertThat(files.revealLog(0, 10)).noneMatch(r -> r.customerId() == otherBranch);
    }

    @Test
    @DisplayName("R-RATE-5: the fee and the boundary use the whole building's opening date")
    void quotesTheFeeByTheBuildingsDate() {
        CustomerFile file = files.file(wang, AGENT);
        assertThat(file.policyDate()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(file.policyDateFromBuilding()).isTrue();
        assertThat(file.fee().quote().ratePerM2()).isEqualByComparingTo("65.00");
        assertThat(file.fee().quote().amount()).isEqualByComparingTo("6500.00");
        assertThat(file.boundaries()).filteredOn(b -> b.location() == BoundaryLocation.BUILDING_PIPES)
                .singleElement().satisfies(b -> assertThat(b.party()).isEqualTo(ResponsibleParty.OWNERS_COLLECTIVE));
    }

    @Test
    @DisplayName("R-RATE-5: the building's date applies even when the household has no contract date")
    void usesTheBuildingsDateWhenTheHouseholdHasNone() {
        long noDate = files.search("T010", AGENT, 1).get(0).id();
        assertThat(files.file(noDate, AGENT).fee().quote()).isNotNull();
    }

    @Test
    void explainsWhyThereIsNoQuoteWithoutAnyDate() {
        long unit = jdbc.sql("SELECT unit_id FROM customer WHERE id = :id").param("id", otherBranch).query(Long.class).single();
        long area = jdbc.sql("SELECT area_id FROM customer WHERE id = :id").param("id", otherBranch).query(Long.class).single();
        long undated = new CustomerFixtures(jdbc).household(area, unit, "T9002", "102", "钱七", null, null,
                "测试公园1号楼1单元102", "70", null);
        CustomerFile file = files.file(undated, AGENT);
        assertThat(file.fee().quote()).isNull();
        assertThat(file.fee().problem()).contains("未登记");
        assertThat(file.maskedPhone()).isNull();
    }

    @Test
    @DisplayName("Status changes are history: who, when, why")
    void keepsStatusChangesAsHistory() {
        files.changeStatus(li, new StatusChangeRequest(null, HeatingStatus.IN_SERVICE, "单户开户"), BUTLER);
        CustomerFile file = files.changeStatus(li, new StatusChangeRequest(null, HeatingStatus.SUSPENDED, "报停"), BUTLER);

        assertThat(file.statusHistory()).hasSize(2).first().satisfies(c -> {
            assertThat(c.from()).isEqualTo(HeatingStatus.IN_SERVICE);
            assertThat(c.to()).isEqualTo(HeatingStatus.SUSPENDED);
            assertThat(c.changedBy()).isEqualTo("butler");
            assertThat(c.reason()).isEqualTo("报停");
        });
        assertThat(file.statuses()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(HeatingStatus.SUSPENDED));
        assertThat(file.timeline()).extracting(CustomerFile.TimelineEntry::kind).containsOnly("STATUS_CHANGED");
    }

    @Test
    @DisplayName("R-SYS-2: hotline agents and supervisors may not change a heating status; nothing is recorded")
    void refusesAStatusChangeByARoleThatOnlyLooks() {
        for (StaffMember looker : new StaffMember[] { AGENT, SUPERVISOR }) {
            assertThatThrownBy(() -> files.changeStatus(li, new StatusChangeRequest(null, HeatingStatus.IN_SERVICE,
                    "来电要求开户"), looker)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(files.file(li, AGENT).statusHistory()).isEmpty();
        assertThat(files.changeStatus(li, new StatusChangeRequest(null, HeatingStatus.IN_SERVICE, "开户"), MARKET)
                .statusHistory()).hasSize(1);
    }

    @Test
    @DisplayName("R-SYS-2: the filters offer a butler only their own area, branch and communities")
    void offersFilterChoicesWithinTheScope() {
        HeatingRates.FilterChoices choices = rates.filterChoices(BUTLER);

        assertThat(choices.areas()).extracting(Organisation.Area::name).containsExactly("测试一片区");
        assertThat(choices.branches()).extracting(Organisation.Branch::name).containsExactly("测试东分公司");
        assertThat(choices.communities()).extracting(Organisation.Community::name).containsExactly("测试花园");
        assertThat(choices.seasons()).first().isEqualTo(season + 1);
        assertThat(rates.filterChoices(new StaffMember(9, "nobody", "无", StaffRole.BRANCH_DISPATCHER)).areas()).isEmpty();
    }

    @Test
    @DisplayName("Issue 3: a search export streams every match of the scope, phones masked")
    void exportsSearchResultsToExcel() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();

        int rows = exports.writeSearchResults("测试花园", AGENT, file);

        assertThat(rows).isEqualTo(12);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            Sheet sheet = workbook.getSheet("查询结果");
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("联系电话（已隐藏）");
            List<String> phones = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                phones.add(sheet.getRow(i).getCell(2).getStringCellValue());
            }
            assertThat(phones).contains("138****5678").allSatisfy(p -> assertThat(p).contains("****"));
        }
        assertThat(exports.writeSearchResults("测试花园", OTHER_BUTLER, new ByteArrayOutputStream())).isZero();
    }

    @Test
    void refusesAStatusChangeWithoutAReason() {
        assertThatThrownBy(() -> files.changeStatus(li, new StatusChangeRequest(null, HeatingStatus.IN_SERVICE, " "), BUTLER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    @DisplayName("R-RATE-1, R-RATE-3: unit rates with numerator and denominator; 7 of 10 owes 18 °C")
    void computesUnitRatesAtTheThreshold() {
        assertThat(rates.units(HeatingRates.Filter.none(), AGENT))
                .filteredOn(u -> u.communityName().equals("测试花园") && u.unitName().equals("3单元"))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.rate().numerator()).isEqualTo(7);
                    assertThat(u.rate().denominator()).isEqualTo(10);
                    assertThat(u.standard()).isEqualTo(UnitStandard.STANDARD_18C);
                });
    }

    @Test
    @DisplayName("R-RATE-2: a community at 8 of 12 must be supplied")
    void computesCommunityRates() {
        assertThat(rates.communities(HeatingRates.Filter.none(), AGENT))
                .filteredOn(c -> c.communityName().equals("测试花园"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.rate().numerator()).isEqualTo(8);
                    assertThat(c.rate().denominator()).isEqualTo(12);
                    assertThat(c.supply()).isEqualTo(CommunitySupply.SUPPLY_OBLIGATORY);
                });
        assertThat(rates.communities(HeatingRates.Filter.none(), BUTLER))
                .extracting(HeatingRates.CommunityRate::communityName).doesNotContain("测试公园");
    }
}
