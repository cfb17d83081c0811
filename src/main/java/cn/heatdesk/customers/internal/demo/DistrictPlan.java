package cn.heatdesk.customers.internal.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What a generated district is made of: branches, areas with their butlers, communities with their size
 * and how their heating rates should come out, and institutions. The demo plan is a fixed fictional
 * part of Zibo (张店区 and 淄川区); {@link #forHouseholds} keeps it and adds generated communities until
 * the wanted number of households is reached (benchmarks).
 */
record DistrictPlan(List<BranchSpec> branches, List<AreaSpec> areas, List<CommunitySpec> communities,
                    List<InstitutionSpec> institutions, int householdLimit) {

    /** How a community's units are occupied this season (R-RATE-1..4). */
    enum Profile {
        /** Long connected: units 80–100 % in service. */
        MATURE,
        /** Filling up: units 45–90 %. */
        GROWING,
        /** Newly built: units 5–45 %, the community's total steered to {@code targetPercent} when given. */
        NEW,
        /** Built before 2000, envelope not to code: no owed standard from the rate (R-RATE-4). */
        OLD,
        /** Units of 20 households at 70 %, 65 %, 30 %, 25 %, 50 % and 75 %: both sides of R-RATE-3's thresholds. */
        THRESHOLDS
    }

    record BranchSpec(String code, String name, String district, String regionCode, List<String> roads) {
    }

    record AreaSpec(int branchIndex, String code, String name, String butlerNumber, String butlerName,
                    String butlerUsername) {
    }

    record CommunitySpec(String name, int areaIndex, String road, int buildings, int units, int floors,
                         int roomsPerFloor, int builtYear, Profile profile, Integer targetPercent,
                         int nonArticle22Building) {

        int households() {
            return buildings * units * floors * roomsPerFloor;
        }
    }

    record InstitutionSpec(String name, int areaIndex, String address, String valveWell, int heatedAreaM2,
                           int contractYear) {
    }

    static final List<BranchSpec> BRANCHES = List.of(
            new BranchSpec("ZD", "张店分公司", "张店区", "370303",
                    List.of("华光路", "柳泉路", "共青团西路", "人民西路", "新村西路", "北京路", "杏园东路", "联通路", "西六路", "金晶大道")),
            new BranchSpec("ZC", "淄川分公司", "淄川区", "370302",
                    List.of("般阳路", "松龄东路", "淄城路", "洪山路", "张博路", "商场东街", "西外环路", "昆仑大道")),
            new BranchSpec("BS", "博山分公司", "博山区", "370304",
                    List.of("中心路", "新泰山路", "西冶街", "白虎山路", "峨眉山路")),
            new BranchSpec("LZ", "临淄分公司", "临淄区", "370305",
                    List.of("桓公路", "晏婴路", "临淄大道", "牛山路", "太公路")),
            new BranchSpec("ZH", "周村分公司", "周村区", "370306",
                    List.of("正阳路", "丝绸路", "新建路", "大街", "东门路")));

    private static final List<AreaSpec> DEMO_AREAS = List.of(
            // Area 01's butler is the demo user "butler" (张伟), so the demo shows a butler's own area.
            new AreaSpec(0, "A01", "华光片区", "01", "张伟", "butler"),
            new AreaSpec(0, "A02", "柳泉片区", "02", "周敏", null),
            new AreaSpec(0, "A03", "杏园片区", "03", "马丽", null),
            new AreaSpec(1, "A04", "般阳片区", "04", "韩磊", null),
            new AreaSpec(1, "A05", "松龄片区", "05", "吴刚", null),
            new AreaSpec(1, "A06", "洪山片区", "06", "郑霞", null));

    private static final List<CommunitySpec> DEMO_COMMUNITIES = List.of(
            new CommunitySpec("华润中央公园", 0, "华光路188号", 12, 2, 6, 2, 2016, Profile.MATURE, null, 0),
            new CommunitySpec("鲁泰花园", 0, "柳泉路66号", 3, 2, 10, 2, 2012, Profile.THRESHOLDS, null, 0),
            new CommunitySpec("齐盛苑", 1, "共青团西路9号", 4, 2, 6, 2, 2021, Profile.NEW, 25, 0),
            new CommunitySpec("金城丽景", 1, "人民西路120号", 4, 2, 6, 2, 2022, Profile.NEW, 22, 0),
            new CommunitySpec("锦绣华庭", 1, "联通路31号", 3, 2, 6, 2, 2019, Profile.GROWING, null, 0),
            new CommunitySpec("世纪花园", 2, "新村西路35号", 6, 3, 5, 2, 1998, Profile.OLD, null, 0),
            new CommunitySpec("颐和家园", 2, "北京路77号", 5, 2, 11, 2, 2014, Profile.GROWING, null, 0),
            new CommunitySpec("杏园小区", 2, "杏园东路12号", 4, 2, 6, 2, 2008, Profile.MATURE, null, 0),
            new CommunitySpec("般阳花园", 3, "般阳路56号", 8, 2, 6, 2, 2010, Profile.MATURE, null, 0),
            // One building of 昆仑小区 does not meet the Article 22 conditions: thresholds without a standard.
            new CommunitySpec("昆仑小区", 3, "昆仑大道101号", 2, 3, 10, 2, 2011, Profile.THRESHOLDS, null, 1),
            new CommunitySpec("松龄苑", 4, "松龄东路18号", 5, 2, 10, 2, 2017, Profile.GROWING, null, 0),
            new CommunitySpec("淄川新城", 4, "淄城路201号", 4, 2, 6, 2, 2020, Profile.NEW, 30, 0),
            new CommunitySpec("洪山花园", 5, "洪山路9号", 4, 2, 5, 2, 1997, Profile.OLD, null, 0),
            new CommunitySpec("将军苑", 5, "张博路88号", 5, 2, 6, 2, 2009, Profile.MATURE, null, 0));

    private static final List<InstitutionSpec> DEMO_INSTITUTIONS = List.of(
            new InstitutionSpec("张店区华光路小学", 0, "张店区华光路201号", "华光路小学1号阀门井", 8600, 2012),
            new InstitutionSpec("张店区第二人民医院", 1, "张店区人民西路88号", "人民西路总阀门井", 24500, 2021),
            new InstitutionSpec("鲁泰购物广场", 1, "张店区共青团西路15号", "共青团西路3号阀门井", 16800, 2018),
            new InstitutionSpec("淄川区般阳中学", 3, "淄川区般阳路120号", "般阳路2号阀门井", 12300, 2015));

    private static final String[] NAME_STEMS = { "华润", "鲁泰", "齐盛", "金城", "世纪", "阳光", "绿城", "中恒",
            "天鸿", "颐和", "凯瑞", "东方", "银座", "丰泽", "明珠", "锦绣", "翡翠", "和谐", "福泽", "泰和", "新华",
            "东城", "西城", "南苑", "北苑", "嘉和", "永安", "长安", "瑞丰", "祥和", "兴业", "富源", "宏达", "金茂",
            "盛世", "柳泉", "般阳", "松龄", "稷下", "齐都" };
    private static final String[] NAME_ENDINGS = { "花园", "小区", "家园", "苑", "名苑", "雅苑", "新城", "公馆",
            "华庭", "丽景", "府", "嘉园", "佳苑", "山庄", "御园", "城", "里", "居", "新村", "广场", "中央公园", "尚城",
            "福园", "和园", "学府", "一品", "水岸", "春天", "国际", "首府" };
    private static final String[] PHASES = { "", "二期", "三期", "四期", "五期", "六期" };
    private static final int[] FLOORS = { 5, 6, 6, 7, 11, 18, 26 };
    private static final int COMMUNITIES_PER_AREA = 8;

    /** The fictional demo district: 2 branches, 6 areas, 14 communities, 1,976 households, 4 institutions. */
    static DistrictPlan demo() {
        return new DistrictPlan(BRANCHES.subList(0, 2), DEMO_AREAS, DEMO_COMMUNITIES, DEMO_INSTITUTIONS,
                Integer.MAX_VALUE);
    }

    /**
     * Exactly {@code households} households for benchmarks: the demo district first, then generated
     * communities in all five branches, eight to an area, and one institution per two thousand households.
     */
    static DistrictPlan forHouseholds(int households, long seed) {
        if (households < 1) {
            throw new IllegalArgumentException("households must be at least 1");
        }
        Random random = new Random(seed);
        List<AreaSpec> areas = new ArrayList<>(DEMO_AREAS);
        List<CommunitySpec> communities = new ArrayList<>(DEMO_COMMUNITIES);
        List<InstitutionSpec> institutions = new ArrayList<>(DEMO_INSTITUTIONS);
        Set<String> names = new HashSet<>();
        DEMO_COMMUNITIES.forEach(c -> names.add(c.name()));
        int total = DEMO_COMMUNITIES.stream().mapToInt(CommunitySpec::households).sum();
        List<String> stems = shuffled(NAME_STEMS, random);
        List<String> endings = shuffled(NAME_ENDINGS, random);
        int made = 0;
        while (total < households) {
            int combination = made % (stems.size() * endings.size());
            int phase = made / (stems.size() * endings.size());
            String name = stems.get(combination % stems.size()) + endings.get(combination / stems.size()) + PHASES[phase];
            made++;
            if (!names.add(name)) {
                continue;
            }
            int generated = communities.size() - DEMO_COMMUNITIES.size();
            if (generated % COMMUNITIES_PER_AREA == 0) {
                int number = areas.size() + 1;
                int branch = (number - 1) % BRANCHES.size();
                BranchSpec b = BRANCHES.get(branch);
                areas.add(new AreaSpec(branch, "A" + String.format("%02d", number),
                        b.district().substring(0, 2) + number + "号片区", String.format("%02d", number),
                        ChineseNames.person(random), null));
            }
            int areaIndex = areas.size() - 1;
            BranchSpec branch = BRANCHES.get(areas.get(areaIndex).branchIndex());
            String road = branch.roads().get(random.nextInt(branch.roads().size())) + (1 + random.nextInt(300)) + "号";
            int p = random.nextInt(100);
            Profile profile = p < 55 ? Profile.MATURE : p < 80 ? Profile.GROWING : p < 92 ? Profile.NEW
                    : p < 97 ? Profile.OLD : Profile.THRESHOLDS;
            int builtYear = profile == Profile.OLD ? 1988 + random.nextInt(12) : 2003 + random.nextInt(21);
            int floors = profile == Profile.THRESHOLDS ? 10 : FLOORS[random.nextInt(FLOORS.length)];
            CommunitySpec community = new CommunitySpec(name, areaIndex, road, 6 + random.nextInt(25),
                    2 + random.nextInt(3), floors, 2, builtYear, profile, null, 0);
            communities.add(community);
            total += community.households();
            if (total / 2000 > institutions.size()) {
                institutions.add(institution(institutions.size() + 1, areaIndex, branch, random));
            }
        }
        return new DistrictPlan(BRANCHES, areas, communities, institutions, households);
    }

    private static InstitutionSpec institution(int number, int areaIndex, BranchSpec branch, Random random) {
        String road = branch.roads().get(random.nextInt(branch.roads().size()));
        String[] kinds = { road + "小学", "第" + number + "中学", "第" + number + "人民医院", road + "购物中心",
                road + "社区卫生服务中心", "机关综合楼" + number + "号" };
        String name = branch.district() + kinds[random.nextInt(kinds.length)];
        return new InstitutionSpec(name, areaIndex, branch.district() + road + (1 + random.nextInt(300)) + "号",
                road + (1 + random.nextInt(20)) + "号阀门井", 2000 + random.nextInt(28000), 2009 + random.nextInt(16));
    }

    private static List<String> shuffled(String[] values, Random random) {
        List<String> list = new ArrayList<>(List.of(values));
        java.util.Collections.shuffle(list, random);
        return list;
    }
}
