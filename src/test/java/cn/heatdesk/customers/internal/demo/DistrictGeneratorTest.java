package cn.heatdesk.customers.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.policy.domain.CommunitySupply;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.HeatingRate;
import cn.heatdesk.policy.domain.HeatingRatePolicy;
import cn.heatdesk.policy.domain.UnitStandard;

/** The generated district without a database: deterministic, realistic, with rates on both sides of every threshold. */
class DistrictGeneratorTest {

    /** Collects every row in order. */
    static final class Rows implements District.Sink {
        final List<District.Branch> branches = new ArrayList<>();
        final List<District.Area> areas = new ArrayList<>();
        final List<District.Community> communities = new ArrayList<>();
        final List<District.Building> buildings = new ArrayList<>();
        final List<District.Unit> units = new ArrayList<>();
        final List<District.Customer> customers = new ArrayList<>();

        public void branch(District.Branch b) { branches.add(b); }
        public void area(District.Area a) { areas.add(a); }
        public void community(District.Community c) { communities.add(c); }
        public void building(District.Building b) { buildings.add(b); }
        public void unit(District.Unit u) { units.add(u); }
        public void customer(District.Customer c) { customers.add(c); }

        List<District.Customer> households() {
            return customers.stream().filter(c -> c.kind() == CustomerKind.RESIDENTIAL).toList();
        }

        List<Object> all() {
            List<Object> all = new ArrayList<>();
            all.addAll(branches);
            all.addAll(areas);
            all.addAll(communities);
            all.addAll(buildings);
            all.addAll(units);
            all.addAll(customers);
            return all;
        }
    }

    static Rows demo() {
        Rows rows = new Rows();
        new DistrictGenerator(DistrictGenerator.DEMO_SEED).generate(DistrictPlan.demo(), rows);
        return rows;
    }

    final Rows demo = demo();
    final HeatingRatePolicy policy = new HeatingRatePolicy();

    @Test
    void makesTheSameRowsEveryTime() {
        Rows again = demo();
        assertThat(again.all()).isEqualTo(demo.all());
        assertThat(again.all().hashCode()).isEqualTo(demo.all().hashCode());
    }

    @Test
    void makesADifferentDistrictFromAnotherSeed() {
        Rows other = new Rows();
        new DistrictGenerator(DistrictGenerator.DEMO_SEED + 1).generate(DistrictPlan.demo(), other);
        assertThat(other.households()).extracting(District.Customer::ownerName)
                .isNotEqualTo(demo.households().stream().map(District.Customer::ownerName).toList());
    }

    @Test
    void buildsTheDemoDistrictOfIssueThree() {
        assertThat(demo.branches).extracting(District.Branch::name).containsExactly("张店分公司", "淄川分公司");
        assertThat(demo.areas).hasSize(6).extracting(District.Area::butlerNumber)
                .containsExactly("01", "02", "03", "04", "05", "06");
        assertThat(demo.areas.get(0).butlerUsername()).isEqualTo("butler");
        assertThat(demo.areas).extracting(District.Area::butlerName).allMatch(n -> n.matches("\\p{IsHan}{2,3}"));
        assertThat(demo.communities).hasSizeGreaterThanOrEqualTo(12)
                .extracting(District.Community::name).contains("华润中央公园", "鲁泰花园", "齐盛苑")
                .doesNotHaveDuplicates();
        assertThat(demo.communities).extracting(District.Community::address)
                .allMatch(a -> a.startsWith("张店区") || a.startsWith("淄川区"));
        assertThat(demo.households()).hasSize(1976);
        assertThat(demo.customers).filteredOn(c -> c.kind() == CustomerKind.INSTITUTIONAL)
                .hasSize(4)
                .allSatisfy(c -> {
                    assertThat(c.valveWell()).contains("阀门井");
                    assertThat(c.unitNo()).isNull();
                })
                .extracting(District.Customer::institutionName)
                .anyMatch(n -> n.endsWith("小学")).anyMatch(n -> n.contains("医院")).anyMatch(n -> n.contains("广场"));
    }

    @Test
    void givesEveryHouseholdAUniqueAccountAndRoom() {
        assertThat(demo.customers).extracting(District.Customer::accountNumber).doesNotHaveDuplicates();
        assertThat(demo.households()).extracting(c -> c.unitNo() + "/" + c.room()).doesNotHaveDuplicates();
        assertThat(demo.households()).extracting(District.Customer::address)
                .allMatch(a -> a.matches("(张店区|淄川区)\\p{IsHan}+\\d+号楼\\d单元\\d{3,4}"))
                .contains("张店区华润中央公园12号楼2单元301");
    }

    @Nested
    class RealisticPeople {

        @Test
        void namesPeopleWithASurnameAndOneOrTwoGivenCharacters() {
            assertThat(demo.customers).extracting(District.Customer::ownerName)
                    .allMatch(n -> n.matches("\\p{IsHan}{2,4}"));
        }

        @Test
        void drawsTheCommonSurnamesMostOften() {
            Map<String, Long> bySurname = demo.households().stream()
                    .collect(Collectors.groupingBy(c -> c.ownerName().substring(0, 1), Collectors.counting()));
            List<String> topFive = bySurname.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList();
            assertThat(topFive).containsAnyOf("王", "李", "张").hasSize(5);
            assertThat(bySurname.get("王")).isGreaterThan(bySurname.getOrDefault("孔", 0L) * 5);
        }

        @Test
        void givesMobilePhonesThatLookReal() {
            assertThat(demo.households()).extracting(District.Customer::phone).filteredOn(p -> p != null)
                    .hasSizeGreaterThan(1800).allMatch(p -> p.matches("1[3-9]\\d{9}"));
            assertThat(demo.households()).extracting(District.Customer::phone2).filteredOn(p -> p != null)
                    .anyMatch(p -> p.matches("0533[2-8]\\d{6}"));
        }

        @Test
        @DisplayName("GB 11643: ID numbers have a valid check digit and a plausible birth date")
        void givesSomeHouseholdsValidIdNumbers() {
            List<String> ids = demo.households().stream().map(District.Customer::idNumber).filter(i -> i != null).toList();
            assertThat(ids).hasSizeBetween(600, 1000).allSatisfy(id -> {
                assertThat(id).matches("3703\\d{13}[0-9X]");
                assertThat(id.charAt(17)).isEqualTo(checkDigit(id.substring(0, 17)));
                LocalDate birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
                assertThat(birth).isBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2002, 12, 31));
            });
        }

        @Test
        void checksTheCheckDigitAgainstAPublishedExample() {
            // The worked example of GB 11643-1999: 11010519491231002X.
            assertThat(PersonalNumbers.checkDigit("11010519491231002")).isEqualTo('X');
        }

        /** Written out again here, so that a wrong weight in the generator cannot pass its own test. */
        private char checkDigit(String first17) {
            int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * weights[i];
            }
            return "10X98765432".charAt(sum % 11);
        }
    }

    @Nested
    class ContractsAndBuildings {

        @Test
        void givesHeatedAreasOf45To160SquareMetresWithTwoDecimals() {
            assertThat(demo.households()).extracting(District.Customer::heatedAreaM2).allSatisfy(a -> {
                assertThat(a.scale()).isEqualTo(2);
                assertThat(a).isBetween(new BigDecimal("45.00"), new BigDecimal("160.00"));
            });
        }

        @Test
        @DisplayName("R-FEE-1/2, R-BOUND-1/2: contract dates from 2009 to 2024 on both sides of 2020-02-01")
        void spreadsContractDatesOverBothPolicyVersions() {
            List<LocalDate> dates = demo.households().stream().map(District.Customer::contractDate)
                    .filter(d -> d != null).toList();
            LocalDate cut = LocalDate.of(2020, 2, 1);
            assertThat(dates).allMatch(d -> d.getYear() >= 2009 && d.getYear() <= 2024)
                    .anyMatch(d -> d.isBefore(cut)).anyMatch(d -> !d.isBefore(cut))
                    .anyMatch(d -> d.getYear() == 2009 || d.getYear() == 2010).anyMatch(d -> d.getYear() == 2024);
        }

        @Test
        @DisplayName("R-RATE-5: some buildings opened as a whole; some of their households opened alone later")
        void givesSomeBuildingsAWholeBuildingOpeningDate() {
            Map<Integer, District.Building> buildings = index(demo.buildings, District.Building::no);
            Map<Integer, District.Unit> units = index(demo.units, District.Unit::no);
            assertThat(demo.buildings).filteredOn(b -> b.openingDate() != null).hasSizeGreaterThan(5);
            assertThat(demo.households()).anyMatch(c -> {
                LocalDate opening = buildings.get(units.get(c.unitNo()).buildingNo()).openingDate();
                return opening != null && c.contractDate() != null && c.contractDate().isAfter(opening);
            });
        }

        @Test
        @DisplayName("R-RATE-4: some buildings do not meet the Article 22 conditions")
        void leavesSomeBuildingsWithoutTheArticle22Conditions() {
            assertThat(demo.buildings).anyMatch(b -> !b.article22ConditionsMet())
                    .anyMatch(District.Building::article22ConditionsMet);
        }

        @Test
        void givesNotConnectedHouseholdsNoContractDate() {
            assertThat(demo.households()).filteredOn(c -> c.status() == HeatingStatus.NOT_CONNECTED)
                    .isNotEmpty().allMatch(c -> c.contractDate() == null);
        }
    }

    @Nested
    @DisplayName("R-RATE-1..4: rates on both sides of every threshold")
    class Thresholds {

        @Test
        @DisplayName("R-RATE-2: communities below 25 %, at exactly 25 % and above")
        void putsCommunitiesOnBothSidesOfTwentyFivePercent() {
            List<HeatingRate> rates = communityRates();
            assertThat(rates).anyMatch(r -> policy.communitySupply(r) == CommunitySupply.COMPANY_DECIDES)
                    .anyMatch(r -> r.numerator() * 4 == r.denominator())
                    .anyMatch(r -> r.atLeastPercent(25) && r.numerator() * 100 < 40 * r.denominator());
        }

        @Test
        @DisplayName("R-RATE-3: units at exactly 70 % and 30 %, and just below each")
        void putsUnitsOnBothSidesOfThirtyAndSeventyPercent() {
            List<HeatingRate> rates = unitRates(true);
            assertThat(rates).anyMatch(r -> r.numerator() * 10 == r.denominator() * 7)
                    .anyMatch(r -> r.numerator() * 10 == r.denominator() * 3)
                    .anyMatch(r -> !r.atLeastPercent(70) && r.atLeastPercent(60))
                    .anyMatch(r -> !r.atLeastPercent(30) && r.atLeastPercent(20))
                    .anyMatch(r -> r.atLeastPercent(71));
            assertThat(rates).extracting(r -> policy.unitStandard(r, true, false))
                    .contains(UnitStandard.STANDARD_18C, UnitStandard.COMPANY_DECIDES);
        }

        @Test
        @DisplayName("R-RATE-4: a unit at exactly 70 % in a building without the Article 22 conditions")
        void hasAThresholdUnitWithoutTheArticle22Conditions() {
            assertThat(unitRates(false)).anyMatch(r -> r.numerator() * 10 == r.denominator() * 7);
        }

        private List<HeatingRate> communityRates() {
            Map<Integer, District.Unit> units = index(demo.units, District.Unit::no);
            Map<Integer, District.Building> buildings = index(demo.buildings, District.Building::no);
            return rates(c -> buildings.get(units.get(c.unitNo()).buildingNo()).communityNo(), c -> true);
        }

        private List<HeatingRate> unitRates(boolean article22) {
            Map<Integer, District.Unit> units = index(demo.units, District.Unit::no);
            Map<Integer, District.Building> buildings = index(demo.buildings, District.Building::no);
            return rates(District.Customer::unitNo,
                    c -> buildings.get(units.get(c.unitNo()).buildingNo()).article22ConditionsMet() == article22);
        }

        private List<HeatingRate> rates(Function<District.Customer, Integer> group,
                                        java.util.function.Predicate<District.Customer> filter) {
            Map<Integer, long[]> counts = new HashMap<>();
            for (District.Customer c : demo.households()) {
                if (filter.test(c)) {
                    long[] n = counts.computeIfAbsent(group.apply(c), k -> new long[2]);
                    n[1]++;
                    n[0] += c.status() == HeatingStatus.IN_SERVICE ? 1 : 0;
                }
            }
            return counts.values().stream().map(n -> new HeatingRate(n[0], n[1])).toList();
        }
    }

    @Nested
    class BenchmarkPlan {

        @Test
        void makesExactlyTheWantedNumberOfHouseholdsStartingWithTheDemoDistrict() {
            Rows rows = new Rows();
            new DistrictGenerator(7).generate(DistrictPlan.forHouseholds(30_000, 7), rows);
            assertThat(rows.households()).hasSize(30_000);
            assertThat(rows.communities).extracting(District.Community::name).doesNotHaveDuplicates()
                    .startsWith("华润中央公园", "鲁泰花园");
            assertThat(rows.areas).extracting(District.Area::butlerNumber).doesNotHaveDuplicates();
            assertThat(rows.areas).extracting(District.Area::name).doesNotHaveDuplicates();
            assertThat(rows.customers).extracting(District.Customer::accountNumber).doesNotHaveDuplicates();
            assertThat(rows.branches).hasSize(5);
        }

        @Test
        void stopsInsideAUnitWhenTheLimitSaysSo() {
            Rows rows = new Rows();
            new DistrictGenerator(7).generate(DistrictPlan.forHouseholds(5, 7), rows);
            assertThat(rows.households()).hasSize(5);
        }
    }

    static <T> Map<Integer, T> index(List<T> rows, Function<T, Integer> no) {
        return rows.stream().collect(Collectors.toMap(no, Function.identity()));
    }
}
