package cn.heatdesk.customers;

import static cn.heatdesk.customers.ImportFiles.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.audit.AuditRecord;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.ImportFiles.Household;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * Household import (R-SYS-4) on a real database, written once and run on H2 and PostgreSQL. The import
 * runs in the background in its own transactions, so nothing here is rolled back: every test builds its
 * own district under a random tag and removes it afterwards.
 */
@SpringBootTest
abstract class CustomerImportsContract {

    @Autowired
    CustomerImports imports;
    @Autowired
    CustomerFiles files;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    String tag;
    StaffMember admin;
    StaffMember market;
    StaffMember otherMarket;
    StaffMember dispatcher;
    StaffMember butler;
    String garden;
    String park;
    long building7;
    List<Long> areas;
    List<Long> branches;

    /** Lets inserts of accounts ending in {@code -BOOM} fail inside the database, until {@link #stopFailingInserts}. */
    abstract void makeInsertsFail();

    abstract void stopFailingInserts();

    @BeforeEach
    void district() {
        tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        admin = new StaffMember(901, "imp-admin-" + tag, "管理员", StaffRole.ADMINISTRATOR);
        market = new StaffMember(902, "imp-market-" + tag, "陈静", StaffRole.MARKET_SERVICE);
        otherMarket = new StaffMember(903, "imp-market2-" + tag, "吴芳", StaffRole.MARKET_SERVICE);
        dispatcher = new StaffMember(904, "imp-disp-" + tag, "刘洋", StaffRole.BRANCH_DISPATCHER);
        butler = new StaffMember(905, "imp-butler-" + tag, "张伟", StaffRole.BUTLER);
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long east = f.branch("I" + tag, "导入东分公司" + tag);
        long west = f.branch("J" + tag, "导入西分公司" + tag);
        long eastArea = f.area(east, "IA" + tag, "导入东片区" + tag, "I" + tag, null);
        long westArea = f.area(west, "JA" + tag, "导入西片区" + tag, "J" + tag, null);
        branches = List.of(east, west);
        areas = List.of(eastArea, westArea);
        f.dispatcherOf(dispatcher.username(), east);
        garden = "导入花园" + tag;
        long gardenId = f.community(eastArea, garden);
        building7 = f.building(gardenId, "7号楼", true, null);
        f.unit(building7, "1单元");
        long unit2 = f.unit(building7, "2单元");
        f.unit(f.building(gardenId, "8号楼", true, null), "1单元");
        f.household(eastArea, unit2, tag + "-OLD", "501", "钱立", "13900001111", null, garden + "7号楼2单元501", "70",
                null);
        park = "导入公园" + tag;
        f.unit(f.building(f.community(westArea, park), "7号楼", true, null), "1单元");
    }

    @AfterEach
    void removeDistrict() {
        String customers = "SELECT id FROM customer WHERE area_id IN (:areas)";
        for (String table : List.of("customer_status_change", "customer_season_status", "customer_timeline",
                "personal_data_reveal")) {
            jdbc.sql("DELETE FROM " + table + " WHERE customer_id IN (" + customers + ")").param("areas", areas).update();
        }
        jdbc.sql("DELETE FROM customer WHERE area_id IN (:areas)").param("areas", areas).update();
        String buildings = "SELECT b.id FROM building b JOIN community c ON c.id = b.community_id WHERE c.area_id IN (:areas)";
        jdbc.sql("DELETE FROM unit WHERE building_id IN (" + buildings + ")").param("areas", areas).update();
        jdbc.sql("DELETE FROM building WHERE community_id IN (SELECT id FROM community WHERE area_id IN (:areas))")
                .param("areas", areas).update();
        jdbc.sql("DELETE FROM community WHERE area_id IN (:areas)").param("areas", areas).update();
        jdbc.sql("DELETE FROM staff_scope WHERE username = :u").param("u", dispatcher.username()).update();
        jdbc.sql("DELETE FROM area WHERE id IN (:areas)").param("areas", areas).update();
        jdbc.sql("DELETE FROM branch WHERE id IN (:branches)").param("branches", branches).update();
        jdbc.sql("DELETE FROM customer_import_job WHERE imported_by LIKE :u").param("u", "imp-%-" + tag).update();
    }

    String account(int n) {
        return tag + "-" + n;
    }

    Household row(int n) {
        return household(account(n), garden, String.valueOf(100 + n));
    }

    List<Household> rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(this::row).toList();
    }

    ImportJob run(String fileName, byte[] content, StaffMember importer) {
        ImportJob queued = imports.start(fileName, new ByteArrayInputStream(content), importer);
        assertThat(queued.status()).isIn(ImportStatus.values());
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> imports.job(queued.id(), importer), ImportJob::finished);
    }

    ImportJob runCsv(List<Household> rows, StaffMember importer) {
        return run("households.csv", ImportFiles.csv(rows), importer);
    }

    int importedCustomers() {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE area_id IN (:areas) AND account_number <> :old")
                .param("areas", areas).param("old", tag + "-OLD").query(Integer.class).single();
    }

    List<ImportError> errors(ImportJob job, StaffMember viewer) {
        return imports.errors(job.id(), viewer, 10_000);
    }

    /** Imports a good row followed by {@code bad} (Excel row 3): the file fails with exactly that one error. */
    ImportError refused(Household bad, ImportColumn column, String fragment) {
        return refused(bad, column, fragment, market);
    }

    ImportError refused(Household bad, ImportColumn column, String fragment, StaffMember importer) {
        ImportJob job = runCsv(List.of(row(1), bad), importer);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.errorCount()).isEqualTo(1);
        assertThat(importedCustomers()).isZero();
        List<ImportError> errors = errors(job, importer);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(column.header());
            assertThat(e.message()).contains(fragment);
        });
        return errors.get(0);
    }

    @Test
    @DisplayName("R-SYS-4, R-SYS-3: a good file writes every household, its season status, the status history and one audit record")
    void writesEveryHouseholdWithStatusHistoryAndAnAuditRecord() {
        Instant before = Instant.now(clock).minusSeconds(1);
        Household landline = row(2).set(ImportColumn.STATUS, "报停").set(ImportColumn.PHONE, "0533-1234567")
                .set(ImportColumn.PHONE2, "13700001234").set(ImportColumn.ID_NUMBER, "370303199001011239");
        Household agreed = row(3).set(ImportColumn.STATUS, "未开户").set(ImportColumn.AGREEMENT, "是")
                .set(ImportColumn.AGREED_TEMPERATURE, "16.5").set(ImportColumn.UNIT, "2")
                .set(ImportColumn.CONTRACT_DATE, "2019/6/1").set(ImportColumn.HEATED_AREA, "120");

        ImportJob job = run("华润中央公园.csv", ImportFiles.csv(List.of(row(1), landline, agreed)), market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(job.importedRows()).isEqualTo(3);
        assertThat(job.totalRows()).isEqualTo(3);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.message()).isEqualTo("3 户已导入");
        assertThat(job.startedAt()).isNotNull();
        assertThat(job.finishedAt()).isAfterOrEqualTo(job.startedAt());

        Map<String, Object> second = jdbc.sql("SELECT * FROM customer WHERE account_number = :a")
                .param("a", account(2)).query().singleRow();
        assertThat(second.get("address")).isEqualTo(garden + "7号楼1单元102");
        assertThat(second.get("phone")).isEqualTo("05331234567");
        assertThat(second.get("phone_last4")).isEqualTo("4567");
        assertThat(second.get("phone2")).isEqualTo("13700001234");
        assertThat(second.get("id_number")).isEqualTo("370303199001011239");
        assertThat(((Number) second.get("area_id")).longValue()).isEqualTo(areas.get(0));
        assertThat(second.get("kind")).isEqualTo("RESIDENTIAL");
        assertThat((BigDecimal) second.get("heated_area_m2")).isEqualByComparingTo("88.50");
        List<Instant> times = jdbc.sql("SELECT created_at, updated_at FROM customer WHERE account_number = :a")
                .param("a", account(2))
                .query((rs, n) -> List.of(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).single();
        assertThat(times.get(0)).isBetween(before, Instant.now(clock)).isEqualTo(times.get(1));

        Map<String, Object> third = jdbc.sql("SELECT * FROM customer WHERE account_number = :a")
                .param("a", account(3)).query().singleRow();
        assertThat(third.get("address")).isEqualTo(garden + "7号楼2单元103");
        assertThat(third.get("agreement_signed")).isEqualTo(true);
        assertThat((BigDecimal) third.get("agreed_celsius")).isEqualByComparingTo("16.5");
        assertThat(third.get("contract_date").toString()).isEqualTo("2019-06-01");

        int season = files.currentSeason();
        assertThat(jdbc.sql("""
                        SELECT c.account_number, s.status FROM customer_season_status s JOIN customer c ON c.id = s.customer_id
                        WHERE c.account_number IN (:a) AND s.season_start_year = :s ORDER BY c.account_number
                        """).param("a", List.of(account(1), account(2), account(3))).param("s", season)
                .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2)).list())
                .containsExactly(account(1) + "=IN_SERVICE", account(2) + "=SUSPENDED", account(3) + "=NOT_CONNECTED");
        long thirdId = ((Number) third.get("id")).longValue();
        assertThat(files.file(thirdId, admin).statusHistory()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(HeatingStatus.NOT_CONNECTED);
            assertThat(change.reason()).isEqualTo("导入");
            assertThat(change.changedBy()).isEqualTo(market.username());
        });

        List<AuditRecord> records = audit.forEntity("CUSTOMER_IMPORT", String.valueOf(job.id()));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo(market.username());
            assertThat(r.action()).isEqualTo("CUSTOMERS_IMPORTED");
            assertThat(r.summary()).contains("华润中央公园.csv").contains("3 户");
            assertThat(r.after()).contains("\"rows\":3");
        });
    }

    @Test
    @DisplayName("R-SYS-4: all or nothing — five good rows and one bad write nothing")
    void writesNothingWhenOneRowOfSixIsBad() {
        List<Household> file = new ArrayList<>(rows(5));
        file.set(2, row(3).set(ImportColumn.UNIT, "3单元"));
        file.add(row(6).set(ImportColumn.HEATED_AREA, "0"));

        ImportJob job = runCsv(file, market);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.importedRows()).isZero();
        assertThat(job.totalRows()).isEqualTo(6);
        assertThat(job.message()).contains("发现 1 处错误，没有导入任何数据");
        assertThat(errors(job, market)).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(7));
        assertThat(importedCustomers()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE building_id = :b AND name = '3单元'")
                .param("b", building7).query(Integer.class).single()).isZero();
        assertThat(audit.forEntity("CUSTOMER_IMPORT", String.valueOf(job.id()))).isEmpty();
    }

    @Test
    @DisplayName("R-SYS-4: a database failure mid-way rolls everything back, and the job says so")
    void rollsBackEverythingWhenTheDatabaseFailsMidWay() {
        List<Household> file = new ArrayList<>(rows(5));
        file.set(0, row(1).set(ImportColumn.UNIT, "3"));
        file.add(household(tag + "-BOOM", garden, "999"));
        makeInsertsFail();
        ImportJob job;
        try {
            job = runCsv(file, market);
        }
        finally {
            stopFailingInserts();
        }

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("写入数据库时出错，已全部撤销，没有导入任何数据");
        assertThat(importedCustomers()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE building_id = :b AND name = '3单元'")
                .param("b", building7).query(Integer.class).single()).isZero();
        assertThat(audit.forEntity("CUSTOMER_IMPORT", String.valueOf(job.id()))).isEmpty();
    }

    @Test
    @DisplayName("R-SYS-4: every error of every row is reported, in sheet order")
    void reportsEveryErrorOfEveryRow() {
        Household twoErrors = row(2).set(ImportColumn.OWNER_NAME, "").set(ImportColumn.PHONE, "12345");
        Household third = row(3).set(ImportColumn.HEATED_AREA, "-1");

        ImportJob job = runCsv(List.of(row(1), twoErrors, third, row(4)), market);

        assertThat(job.errorCount()).isEqualTo(3);
        assertThat(errors(job, market)).extracting(e -> e.row() + " " + e.column())
                .containsExactly("3 户主姓名", "3 联系电话", "4 供热面积（㎡）");
    }

    @Test
    @DisplayName("R-SYS-4: at most 10,000 errors are kept, and the job says how many more there are")
    void capsTheStoredErrorsAndSaysThatMoreExist() {
        List<Household> file = IntStream.rangeClosed(1, 5_001)
                .mapToObj(n -> row(n).set(ImportColumn.OWNER_NAME, "").set(ImportColumn.STATUS, "停"))
                .toList();

        ImportJob job = runCsv(file, market);

        assertThat(job.errorCount()).isEqualTo(10_002);
        assertThat(job.storedErrors()).isEqualTo(10_000);
        assertThat(job.errorsTruncated()).isTrue();
        assertThat(job.message()).contains("另有 2 处未列出");
        assertThat(errors(job, market)).hasSize(10_000).last().satisfies(e -> assertThat(e.row()).isEqualTo(5_001));
    }

    @Test
    @DisplayName("R-SYS-4: a blank required cell is refused")
    void refusesABlankRequiredCell() {
        refused(row(2).set(ImportColumn.ROOM, " "), ImportColumn.ROOM, "房号为必填项");
    }

    @Test
    @DisplayName("R-SYS-4: an account number in the wrong format is refused")
    void refusesAMalformedAccountNumber() {
        refused(row(2).set(ImportColumn.ACCOUNT_NUMBER, "户 2"), ImportColumn.ACCOUNT_NUMBER, "户号只能由字母、数字或连字符组成");
    }

    @Test
    @DisplayName("R-SYS-4: an account number given twice in the file is refused on its second row")
    void refusesAnAccountNumberRepeatedInTheFile() {
        refused(row(2).set(ImportColumn.ACCOUNT_NUMBER, account(1)), ImportColumn.ACCOUNT_NUMBER, "户号与第 2 行重复");
    }

    @Test
    @DisplayName("R-SYS-4: an account number that already exists is refused")
    void refusesAnAccountNumberThatExists() {
        refused(row(2).set(ImportColumn.ACCOUNT_NUMBER, tag + "-OLD"), ImportColumn.ACCOUNT_NUMBER, "已存在于系统中");
    }

    @Test
    @DisplayName("R-SYS-4: the same room of the same unit twice in the file is refused (2 and 2单元 are one unit)")
    void refusesARoomRepeatedInTheFile() {
        Household first = row(1).set(ImportColumn.UNIT, "2单元").set(ImportColumn.ROOM, "301");
        Household again = row(2).set(ImportColumn.UNIT, "2").set(ImportColumn.ROOM, "301");

        ImportJob job = runCsv(List.of(first, again), market);

        assertThat(errors(job, market)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("房号");
            assertThat(e.message()).contains(garden + "7号楼2单元301").contains("与第 2 行重复");
        });
    }

    @Test
    @DisplayName("R-SYS-4: a room that already has a customer file is refused, naming its account")
    void refusesARoomThatIsTaken() {
        refused(row(2).set(ImportColumn.UNIT, "2单元").set(ImportColumn.ROOM, "501"), ImportColumn.ROOM,
                "已有用户档案（户号 " + tag + "-OLD）");
    }

    @Test
    @DisplayName("R-SYS-4: a phone that is neither a mobile nor a landline is refused")
    void refusesABadPhone() {
        refused(row(2).set(ImportColumn.PHONE, "1381234567"), ImportColumn.PHONE, "联系电话格式不正确");
    }

    @Test
    @DisplayName("R-SYS-4: an ID number with a wrong check digit is refused (GB 11643)")
    void refusesAnIdNumberWithAWrongCheckDigit() {
        refused(row(2).set(ImportColumn.ID_NUMBER, "370303199001011234"), ImportColumn.ID_NUMBER, "校验位不正确");
    }

    @Test
    @DisplayName("R-SYS-4: an ID number that is not 18 characters is refused")
    void refusesAnIdNumberOfAnotherLength() {
        refused(row(2).set(ImportColumn.ID_NUMBER, "37030319900101123"), ImportColumn.ID_NUMBER, "应为 18 位");
    }

    @Test
    @DisplayName("R-SYS-4: an area of zero is refused")
    void refusesAnAreaOfZero() {
        refused(row(2).set(ImportColumn.HEATED_AREA, "0"), ImportColumn.HEATED_AREA, "须大于 0");
    }

    @Test
    @DisplayName("R-SYS-4: an area with three decimals is refused")
    void refusesAnAreaWithThreeDecimals() {
        refused(row(2).set(ImportColumn.HEATED_AREA, "88.505"), ImportColumn.HEATED_AREA, "最多两位小数");
    }

    @Test
    @DisplayName("R-SYS-4: an area over 100,000 m² is refused")
    void refusesAnAreaOutOfRange() {
        refused(row(2).set(ImportColumn.HEATED_AREA, "100000.01"), ImportColumn.HEATED_AREA, "不能超过 100000");
    }

    @Test
    @DisplayName("R-SYS-4: a contract date in an unknown format is refused")
    void refusesAContractDateInAnotherFormat() {
        refused(row(2).set(ImportColumn.CONTRACT_DATE, "2021.03.01"), ImportColumn.CONTRACT_DATE, "合同日期格式不正确");
    }

    @Test
    @DisplayName("R-SYS-4: a contract date after today is refused")
    void refusesAContractDateInTheFuture() {
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        refused(row(2).set(ImportColumn.CONTRACT_DATE, tomorrow), ImportColumn.CONTRACT_DATE, "晚于今天");
    }

    @Test
    @DisplayName("R-SYS-4: an unknown community is refused, never created")
    void refusesAnUnknownCommunity() {
        refused(row(2).set(ImportColumn.COMMUNITY, garden + "二期"), ImportColumn.COMMUNITY, "系统中没有小区");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community WHERE name = :n").param("n", garden + "二期")
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("R-SYS-4: an unknown building is refused, never created")
    void refusesAnUnknownBuilding() {
        refused(row(2).set(ImportColumn.BUILDING, "9号楼"), ImportColumn.BUILDING, "没有楼号“9号楼”");
    }

    @Test
    @DisplayName("R-SYS-4: a missing unit of a known building is created; 3 is stored as 3单元")
    void createsAMissingUnitOfAKnownBuilding() {
        ImportJob job = runCsv(List.of(row(1).set(ImportColumn.UNIT, "3"), row(2).set(ImportColumn.UNIT, "3单元"),
                row(3).set(ImportColumn.BUILDING, "7")), market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE building_id = :b AND name = '3单元'")
                .param("b", building7).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT address FROM customer WHERE account_number IN (:a) ORDER BY account_number")
                .param("a", List.of(account(1), account(3))).query(String.class).list())
                .containsExactly(garden + "7号楼3单元101", garden + "7号楼1单元103");
        assertThat(audit.forEntity("CUSTOMER_IMPORT", String.valueOf(job.id())).get(0).summary())
                .contains("新建单元 1 个");
    }

    @Test
    @DisplayName("R-SYS-4: a new unit must be a stairwell number")
    void refusesANewUnitThatIsNotANumber() {
        refused(row(2).set(ImportColumn.UNIT, "东单元"), ImportColumn.UNIT, "新单元须写成数字");
    }

    @Test
    @DisplayName("R-SYS-4: a heating status other than 用热/报停/未开户 is refused")
    void refusesAnUnknownStatus() {
        refused(row(2).set(ImportColumn.STATUS, "停暖"), ImportColumn.STATUS, "只能填 用热、报停 或 未开户");
    }

    @Test
    @DisplayName("R-SYS-4: an agreement other than 是/否 is refused")
    void refusesAnUnknownAgreementValue() {
        refused(row(2).set(ImportColumn.AGREEMENT, "签了"), ImportColumn.AGREEMENT, "只能填 是 或 否");
    }

    @Test
    @DisplayName("R-SYS-4, R-TEMP-2: an agreed temperature outside 5–30 ℃ is refused")
    void refusesAnAgreedTemperatureOutOfRange() {
        refused(row(2).set(ImportColumn.AGREEMENT, "是").set(ImportColumn.AGREED_TEMPERATURE, "31"),
                ImportColumn.AGREED_TEMPERATURE, "5–30");
    }

    @Test
    @DisplayName("R-SYS-4, R-TEMP-2: an agreed temperature without a signed agreement is refused")
    void refusesAnAgreedTemperatureWithoutAnAgreement() {
        refused(row(2).set(ImportColumn.AGREEMENT, "否").set(ImportColumn.AGREED_TEMPERATURE, "16"),
                ImportColumn.AGREED_TEMPERATURE, "已签供用热协议");
    }

    @Test
    @DisplayName("R-SYS-2: a branch dispatcher cannot import into another branch's community")
    void refusesACommunityOutsideTheDispatchersBranch() {
        refused(row(2).set(ImportColumn.COMMUNITY, park), ImportColumn.COMMUNITY, "不在您负责的范围内", dispatcher);
    }

    @Test
    @DisplayName("R-SYS-2: a branch dispatcher imports into their own branch")
    void letsADispatcherImportIntoTheirBranch() {
        assertThat(runCsv(rows(2), dispatcher).status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(importedCustomers()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-SYS-2: butlers and hotline agents may not import")
    void refusesRolesThatDoNotImport() {
        StaffMember agent = new StaffMember(906, "imp-agent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
        byte[] file = ImportFiles.csv(rows(1));

        assertThatThrownBy(() -> imports.start("a.csv", new ByteArrayInputStream(file), butler))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("无权导入");
        assertThatThrownBy(() -> imports.start("a.csv", new ByteArrayInputStream(file), agent))
                .isInstanceOf(ForbiddenException.class);
        assertThat(imports.recent(admin, 100)).noneMatch(j -> j.importedBy().equals(butler.username()));
    }

    @Test
    @DisplayName("R-SYS-4: a missing required column is one error before any row")
    void reportsMissingColumnsAsOneError() {
        ImportJob job = run("a.csv", ImportFiles.csv(ImportFiles.without(ImportColumn.OWNER_NAME, ImportColumn.ROOM),
                List.of(row(1).set(ImportColumn.OWNER_NAME, ""), row(2)), StandardCharsets.UTF_8, false), market);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.errorCount()).isEqualTo(1);
        assertThat(job.message()).startsWith("缺少必填列：房号、户主姓名");
        assertThat(errors(job, market)).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(1));
    }

    @Test
    @DisplayName("R-SYS-4: a file with a header and no data rows fails without writing")
    void refusesAFileWithoutDataRows() {
        ImportJob job = runCsv(List.of(), market);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("没有数据行");
    }

    @Test
    @DisplayName("R-SYS-4: the header may come in any order, with extra columns")
    void acceptsTheHeaderInAnotherOrder() {
        List<ImportColumn> reversed = new ArrayList<>(ImportFiles.ALL);
        java.util.Collections.reverse(reversed);

        ImportJob job = run("reversed.xlsx", ImportFiles.xlsx(reversed, rows(3)), market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(jdbc.sql("SELECT owner_name FROM customer WHERE account_number = :a").param("a", account(2))
                .query(String.class).single()).isEqualTo("赵秀兰");
    }

    @Test
    @DisplayName("R-SYS-4: a CSV saved as GBK by Excel on Chinese Windows imports")
    void importsAGbkCsv() {
        Household comma = row(2).set(ImportColumn.OWNER_NAME, "欧阳明,李四");

        ImportJob job = run("gbk.csv", ImportFiles.csv(ImportFiles.ALL, List.of(row(1), comma),
                Charset.forName("GBK"), false), market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(jdbc.sql("SELECT owner_name FROM customer WHERE account_number = :a").param("a", account(2))
                .query(String.class).single()).isEqualTo("欧阳明,李四");
        assertThat(jdbc.sql("SELECT address FROM customer WHERE account_number = :a").param("a", account(1))
                .query(String.class).single()).isEqualTo(garden + "7号楼1单元101");
    }

    @Test
    @DisplayName("R-SYS-4: a UTF-8 CSV with a byte order mark imports")
    void importsAUtf8CsvWithAByteOrderMark() {
        ImportJob job = run("bom.csv", ImportFiles.csv(ImportFiles.ALL, rows(2), StandardCharsets.UTF_8, true), market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(importedCustomers()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-SYS-4: an Excel date cell is read as the contract date")
    void readsAnExcelDateCell() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("用户导入");
            ImportFiles.fill(sheet, ImportFiles.ALL, List.of(row(1).set(ImportColumn.CONTRACT_DATE, "")), 0);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(1).createCell(ImportColumn.CONTRACT_DATE.ordinal());
            cell.setCellValue(LocalDate.of(2020, 1, 31));
            cell.setCellStyle(date);
            sheet.getRow(1).createCell(ImportColumn.HEATED_AREA.ordinal()).setCellValue(76.3);
            file = ImportFiles.bytes(workbook);
        }

        ImportJob job = run("dates.xlsx", file, market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        Map<String, Object> row = jdbc.sql("SELECT contract_date, heated_area_m2 FROM customer WHERE account_number = :a")
                .param("a", account(1)).query().singleRow();
        assertThat(row.get("contract_date").toString()).isEqualTo("2020-01-31");
        assertThat((BigDecimal) row.get("heated_area_m2")).isEqualByComparingTo("76.30");
    }

    @Test
    @DisplayName("R-SYS-4: the downloaded .xlsx template, filled in, imports")
    void importsTheXlsxTemplateFilledIn() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.writeTemplateXlsx(template);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<ImportColumn> columns = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
                columns.add(ImportColumn.valueOf(columnNamed(formatter.formatCellValue(cell))));
            }
            assertThat(sheet.getLastRowNum()).isZero();
            ImportFiles.fill(sheet, columns, rows(3), 1);
            filled = ImportFiles.bytes(workbook);
        }

        ImportJob job = run("模板.xlsx", filled, market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(importedCustomers()).isEqualTo(3);
    }

    @Test
    @DisplayName("R-SYS-4: the downloaded .csv template, filled in, imports")
    void importsTheCsvTemplateFilledIn() {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.writeTemplateCsv(template);
        byte[] rows = ImportFiles.csv(rows(2));
        String body = new String(rows, StandardCharsets.UTF_8);
        template.writeBytes(body.substring(body.indexOf("\r\n") + 2).getBytes(StandardCharsets.UTF_8));

        ImportJob job = run("模板.csv", template.toByteArray(), market);

        assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(importedCustomers()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-SYS-4: the error report lists row, column, value and message")
    void writesTheErrorReportAsAWorkbook() throws IOException {
        ImportJob job = runCsv(List.of(row(1), row(2).set(ImportColumn.PHONE, "12345")), market);
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        imports.writeErrorReport(job.id(), market, report);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(formatter.formatCellValue(c)));
            assertThat(header).containsExactly("行号", "列", "内容", "错误说明");
            Row first = sheet.getRow(1);
            assertThat(formatter.formatCellValue(first.getCell(0))).isEqualTo("3");
            assertThat(formatter.formatCellValue(first.getCell(1))).isEqualTo("联系电话");
            assertThat(formatter.formatCellValue(first.getCell(2))).isEqualTo("12345");
            assertThat(formatter.formatCellValue(first.getCell(3))).contains("格式不正确");
            assertThat(workbook.getSheet("概要")).isNotNull();
        }
    }

    @Test
    @DisplayName("R-SYS-2: an import is visible to whoever started it and to administrators only")
    void showsAJobOnlyToItsImporterAndAdministrators() {
        ImportJob job = runCsv(rows(1), market);

        assertThat(imports.job(job.id(), admin).importedBy()).isEqualTo(market.username());
        assertThatThrownBy(() -> imports.job(job.id(), otherMarket)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.errors(job.id(), otherMarket, 10)).isInstanceOf(NotFoundException.class);
        assertThat(imports.recent(market, 10)).extracting(ImportJob::id).contains(job.id());
        assertThat(imports.recent(otherMarket, 10)).extracting(ImportJob::id).doesNotContain(job.id());
    }

    @Test
    @DisplayName("A job whose heartbeat is over two minutes old shows as interrupted")
    void showsAJobWithAStaleHeartbeatAsInterrupted() {
        Instant now = Instant.now(clock);
        long stale = insertJob("VALIDATING", now.minus(Duration.ofMinutes(2)).minusSeconds(1));
        long alive = insertJob("WRITING", now.minus(Duration.ofMinutes(2)).plusSeconds(5));
        long done = insertJob("SUCCEEDED", now.minus(Duration.ofHours(1)));

        assertThat(imports.job(stale, market)).satisfies(j -> {
            assertThat(j.interrupted()).isTrue();
            assertThat(j.finished()).isTrue();
            assertThat(j.statusLabel()).isEqualTo("已中断");
        });
        assertThat(imports.job(alive, market).interrupted()).isFalse();
        assertThat(imports.job(done, market).interrupted()).isFalse();
    }

    long insertJob(String status, Instant heartbeat) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer_import_job (file_name, file_format, file_size, status, imported_by, created_at, heartbeat_at)
                VALUES ('x.csv', 'CSV', 10, :status, :by, :at, :at)
                """).param("status", status).param("by", market.username()).param("at", Timestamp.from(heartbeat))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private static final Map<String, String> COLUMN_NAMES = new HashMap<>();

    static {
        for (ImportColumn column : ImportColumn.values()) {
            COLUMN_NAMES.put(column.header(), column.name());
        }
    }

    static String columnNamed(String header) {
        return COLUMN_NAMES.get(header);
    }
}
