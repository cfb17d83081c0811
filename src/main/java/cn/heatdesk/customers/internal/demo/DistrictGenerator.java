package cn.heatdesk.customers.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.internal.demo.DistrictPlan.BranchSpec;
import cn.heatdesk.customers.internal.demo.DistrictPlan.CommunitySpec;
import cn.heatdesk.customers.internal.demo.DistrictPlan.InstitutionSpec;
import cn.heatdesk.customers.internal.demo.DistrictPlan.Profile;
import cn.heatdesk.policy.domain.CustomerKind;

/**
 * Turns a {@link DistrictPlan} into rows, deterministically: one seeded {@link Random}, no clock, no
 * database, so the same plan and seed give the same rows on every machine and every run. Households get
 * realistic names, addresses ({@code 张店区华润中央公园12号楼2单元301}), phones, some ID numbers, heated
 * areas of 45–160 m², contract dates from 2009 to 2024 (both sides of 2020-02-01, R-FEE/R-BOUND), some
 * buildings with a whole-building opening date (R-RATE-5), and a status for the season.
 */
final class DistrictGenerator {

    /** The demo district's seed: 15 Nov 2009, the first heating day of the oldest contracts. */
    static final long DEMO_SEED = 20091115L;

    private static final LocalDate FIRST_CONTRACT = LocalDate.of(2009, 1, 1);
    private static final LocalDate LAST_CONTRACT = LocalDate.of(2024, 12, 31);
    /** THRESHOLDS units hold 20 households; these many are in service, unit by unit (70, 65, 30, 25, 50, 75 %). */
    private static final int[] THRESHOLD_IN_SERVICE = { 14, 13, 6, 5, 10, 15 };
    private static final BigDecimal[] AGREED_CELSIUS = { new BigDecimal("16.0"), new BigDecimal("17.0") };

    private final Random random;

    DistrictGenerator(long seed) {
        this.random = new Random(seed);
    }

    void generate(DistrictPlan plan, District.Sink sink) {
        for (int i = 0; i < plan.branches().size(); i++) {
            BranchSpec b = plan.branches().get(i);
            sink.branch(new District.Branch(i + 1, b.code(), b.name()));
        }
        for (int i = 0; i < plan.areas().size(); i++) {
            var a = plan.areas().get(i);
            sink.area(new District.Area(i + 1, a.branchIndex() + 1, a.code(), a.name(), a.butlerNumber(),
                    a.butlerName(), a.butlerUsername()));
        }
        Counters n = new Counters();
        for (InstitutionSpec spec : plan.institutions()) {
            sink.customer(institution(spec, plan, ++n.customer));
        }
        for (int c = 0; c < plan.communities().size() && n.households < plan.householdLimit(); c++) {
            community(plan, plan.communities().get(c), c + 1, n, sink);
        }
    }

    private void community(DistrictPlan plan, CommunitySpec spec, int communityNo, Counters n, District.Sink sink) {
        int areaNo = spec.areaIndex() + 1;
        BranchSpec branch = plan.branches().get(plan.areas().get(spec.areaIndex()).branchIndex());
        sink.community(new District.Community(communityNo, areaNo, spec.name(), branch.district() + spec.road()));
        int[][] inService = inService(spec);
        int householdsPerUnit = spec.floors() * spec.roomsPerFloor();
        for (int b = 1; b <= spec.buildings() && n.households < plan.householdLimit(); b++) {
            int builtYear = spec.builtYear() + (random.nextInt(4) == 0 ? 1 : 0);
            boolean envelope = spec.profile() != Profile.OLD && random.nextInt(100) >= 3;
            boolean article22 = envelope && b != spec.nonArticle22Building()
                    && (spec.profile() == Profile.THRESHOLDS || random.nextInt(100) >= 3);
            LocalDate opening = spec.profile() != Profile.NEW && random.nextInt(10) < 3
                    ? LocalDate.of(Math.max(2009, builtYear + 1), 10, 1 + random.nextInt(28)) : null;
            int buildingNo = ++n.building;
            String buildingName = b + "号楼";
            sink.building(new District.Building(buildingNo, communityNo, buildingName, "RESIDENTIAL", builtYear,
                    envelope, article22, opening));
            int baseCents = 6000 + random.nextInt(7000);
            for (int u = 1; u <= spec.units() && n.households < plan.householdLimit(); u++) {
                int unitNo = ++n.unit;
                String unitName = u + "单元";
                sink.unit(new District.Unit(unitNo, buildingNo, unitName));
                int k = inService[b - 1][u - 1];
                boolean[] heated = chooseHeated(householdsPerUnit, k);
                boolean belowStandard = k * 100 < 70 * householdsPerUnit;
                int i = 0;
                for (int floor = 1; floor <= spec.floors(); floor++) {
                    for (int r = 1; r <= spec.roomsPerFloor() && n.households < plan.householdLimit(); r++, i++) {
                        String room = String.valueOf(floor * 100 + r);
                        n.households++;
                        sink.customer(household(++n.customer, branch, areaNo, unitNo, spec, buildingName, unitName,
                                room, baseCents, opening, heated[i], belowStandard));
                    }
                }
            }
        }
    }

    /** In-service households per unit, steered to the community's target where the plan sets one. */
    private int[][] inService(CommunitySpec spec) {
        int perUnit = spec.floors() * spec.roomsPerFloor();
        int[][] k = new int[spec.buildings()][spec.units()];
        int sum = 0;
        int unitIndex = 0;
        for (int b = 0; b < spec.buildings(); b++) {
            for (int u = 0; u < spec.units(); u++, unitIndex++) {
                k[b][u] = switch (spec.profile()) {
                    case THRESHOLDS -> perUnit == 20 ? THRESHOLD_IN_SERVICE[unitIndex % THRESHOLD_IN_SERVICE.length]
                            : perUnit * (30 + 40 * (unitIndex % 2)) / 100;
                    case MATURE -> share(perUnit, 80, 100);
                    case GROWING -> share(perUnit, 45, 90);
                    case NEW -> share(perUnit, 5, 45);
                    case OLD -> share(perUnit, 75, 100);
                };
                sum += k[b][u];
            }
        }
        if (spec.targetPercent() != null) {
            int target = spec.households() * spec.targetPercent() / 100;
            for (int step = 0; sum != target; step++) {
                int b = step % spec.buildings();
                int u = (step / spec.buildings()) % spec.units();
                if (sum < target && k[b][u] < perUnit) {
                    k[b][u]++;
                    sum++;
                } else if (sum > target && k[b][u] > 0) {
                    k[b][u]--;
                    sum--;
                }
            }
        }
        return k;
    }

    private int share(int households, int minPercent, int maxPercent) {
        int percent = minPercent + random.nextInt(maxPercent - minPercent + 1);
        return Math.min(households, (households * percent + 50) / 100);
    }

    private boolean[] chooseHeated(int households, int inService) {
        boolean[] heated = new boolean[households];
        int chosen = 0;
        while (chosen < inService) {
            int i = random.nextInt(households);
            if (!heated[i]) {
                heated[i] = true;
                chosen++;
            }
        }
        return heated;
    }

    private District.Customer household(int no, BranchSpec branch, int areaNo, int unitNo, CommunitySpec spec,
                                        String buildingName, String unitName, String room, int baseCents,
                                        LocalDate buildingOpening, boolean heated, boolean belowStandard) {
        String owner = ChineseNames.person(random);
        String phone = random.nextInt(100) < 97 ? PersonalNumbers.mobile(random) : null;
        String phone2 = null;
        int second = random.nextInt(100);
        if (second < 8) {
            phone2 = PersonalNumbers.mobile(random);
        } else if (second < 15) {
            phone2 = PersonalNumbers.landline(random);
        }
        String idNumber = random.nextInt(100) < 40
                ? PersonalNumbers.idNumber(random, random.nextInt(5) == 0 ? "370321" : branch.regionCode()) : null;
        int cents = Math.max(4500, Math.min(16000, baseCents - 1500 + random.nextInt(3001)));
        HeatingStatus status;
        if (heated) {
            status = HeatingStatus.IN_SERVICE;
        } else if (spec.profile() == Profile.NEW) {
            status = random.nextInt(5) == 0 ? HeatingStatus.SUSPENDED : HeatingStatus.NOT_CONNECTED;
        } else {
            status = random.nextInt(5) < 3 ? HeatingStatus.SUSPENDED : HeatingStatus.NOT_CONNECTED;
        }
        LocalDate contract = status == HeatingStatus.NOT_CONNECTED ? null : contractDate(spec.builtYear(), buildingOpening);
        boolean agreement = heated && belowStandard && random.nextInt(10) < 4;
        return new District.Customer(no, CustomerKind.RESIDENTIAL, branch.code() + String.format("%08d", no), areaNo,
                unitNo, room, null, null, owner, phone, phone2, idNumber,
                branch.district() + spec.name() + buildingName + unitName + room, BigDecimal.valueOf(cents, 2),
                contract, agreement, agreement ? AGREED_CELSIUS[random.nextInt(2)] : null, status);
    }

    /** With a whole-building opening most households share its date; the rest opened alone later (R-RATE-5). */
    private LocalDate contractDate(int builtYear, LocalDate buildingOpening) {
        if (buildingOpening != null && random.nextInt(10) < 7) {
            return buildingOpening;
        }
        LocalDate from = buildingOpening != null ? buildingOpening.plusDays(1)
                : later(FIRST_CONTRACT, LocalDate.of(Math.min(2024, builtYear + 1), 1, 1));
        if (!from.isBefore(LAST_CONTRACT)) {
            return LAST_CONTRACT;
        }
        return from.plusDays(random.nextInt((int) (LAST_CONTRACT.toEpochDay() - from.toEpochDay()) + 1));
    }

    private District.Customer institution(InstitutionSpec spec, DistrictPlan plan, int no) {
        BranchSpec branch = plan.branches().get(plan.areas().get(spec.areaIndex()).branchIndex());
        return new District.Customer(no, CustomerKind.INSTITUTIONAL, "DW" + branch.code() + String.format("%06d", no),
                spec.areaIndex() + 1, null, null, spec.name(), spec.valveWell(), ChineseNames.person(random),
                PersonalNumbers.mobile(random), PersonalNumbers.landline(random), null, spec.address(),
                BigDecimal.valueOf(spec.heatedAreaM2() * 100L, 2), LocalDate.of(spec.contractYear(), 9, 1), false, null,
                HeatingStatus.IN_SERVICE);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static final class Counters {
        int customer;
        int building;
        int unit;
        int households;
    }
}
