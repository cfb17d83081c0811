package cn.heatdesk.customers.internal.demo;

import java.util.Random;

/**
 * Realistic Chinese personal names for demo and benchmark data: surnames drawn by their share of the
 * population (the most common hundred or so, 王李张刘陈 first), given names of one or two characters.
 */
final class ChineseNames {

    /** Surname and its share in per mille (approximate national frequencies). */
    private static final Object[][] SURNAMES = {
            { "王", 72 }, { "李", 72 }, { "张", 68 }, { "刘", 54 }, { "陈", 45 }, { "杨", 31 }, { "赵", 23 },
            { "黄", 22 }, { "周", 19 }, { "吴", 20 }, { "徐", 17 }, { "孙", 15 }, { "胡", 12 }, { "朱", 13 },
            { "高", 10 }, { "林", 10 }, { "何", 11 }, { "郭", 12 }, { "马", 13 }, { "罗", 9 }, { "梁", 8 },
            { "宋", 8 }, { "郑", 8 }, { "谢", 7 }, { "韩", 7 }, { "唐", 7 }, { "冯", 7 }, { "于", 6 }, { "董", 6 },
            { "萧", 3 }, { "程", 6 }, { "曹", 6 }, { "袁", 5 }, { "邓", 6 }, { "许", 6 }, { "傅", 4 }, { "沈", 4 },
            { "曾", 5 }, { "彭", 5 }, { "吕", 4 }, { "苏", 4 }, { "卢", 4 }, { "蒋", 4 }, { "蔡", 4 }, { "贾", 4 },
            { "丁", 4 }, { "魏", 4 }, { "薛", 3 }, { "叶", 4 }, { "阎", 3 }, { "余", 3 }, { "潘", 3 }, { "杜", 3 },
            { "戴", 3 }, { "夏", 3 }, { "钟", 3 }, { "汪", 3 }, { "田", 4 }, { "任", 4 }, { "姜", 4 }, { "范", 3 },
            { "方", 3 }, { "石", 3 }, { "姚", 3 }, { "谭", 3 }, { "廖", 2 }, { "邹", 2 }, { "熊", 2 }, { "金", 2 },
            { "陆", 2 }, { "郝", 2 }, { "孔", 2 }, { "白", 2 }, { "崔", 3 }, { "康", 2 }, { "毛", 2 }, { "邱", 2 },
            { "秦", 2 }, { "江", 2 }, { "史", 2 }, { "顾", 2 }, { "侯", 2 }, { "邵", 2 }, { "孟", 2 }, { "龙", 2 },
            { "万", 2 }, { "段", 2 }, { "雷", 2 }, { "钱", 2 }, { "汤", 2 }, { "尹", 2 }, { "黎", 1 }, { "易", 1 },
            { "常", 2 }, { "武", 2 }, { "乔", 1 }, { "贺", 1 }, { "赖", 1 }, { "龚", 1 }, { "文", 1 }, { "庞", 1 },
            { "樊", 1 }, { "兰", 1 }, { "殷", 1 }, { "施", 1 }, { "陶", 1 }, { "洪", 1 }, { "翟", 1 }, { "安", 1 },
            { "颜", 1 }, { "倪", 1 }, { "严", 1 }, { "牛", 1 }, { "温", 1 }, { "芦", 1 }, { "季", 1 }, { "俞", 1 },
            { "章", 1 }, { "鲁", 1 }, { "葛", 1 }, { "伍", 1 }, { "韦", 1 }, { "申", 1 }, { "尤", 1 }, { "毕", 1 },
            { "聂", 1 }, { "丛", 1 }, { "焦", 1 }, { "向", 1 }, { "柳", 1 }, { "邢", 1 }, { "路", 1 }, { "岳", 1 },
            { "齐", 1 }, { "车", 1 }, { "梅", 1 }, { "莫", 1 }, { "庄", 1 }, { "辛", 1 }, { "管", 1 }, { "祝", 1 },
            { "左", 1 }, { "涂", 1 }, { "谷", 1 }, { "祁", 1 }, { "时", 1 }, { "舒", 1 }, { "耿", 1 }, { "牟", 1 },
            { "卜", 1 }, { "单", 1 }, { "詹", 1 }, { "关", 1 }, { "苗", 1 }, { "凌", 1 }, { "费", 1 }, { "纪", 1 },
            { "靳", 1 }, { "盛", 1 }, { "童", 1 }, { "欧阳", 1 }, { "司马", 1 }, { "诸葛", 1 } };

    /** Whole given names of two characters that are common in every generation. */
    private static final String[] CLASSIC_GIVEN = { "建华", "建国", "建军", "国强", "志强", "海燕", "秀英", "桂英",
            "秀兰", "玉兰", "桂兰", "淑珍", "丽娟", "凤英", "玉梅", "红梅", "春梅", "晓东", "晓明", "晓燕", "海涛",
            "海波", "立新", "文华", "振华", "志刚", "志明", "卫东", "卫国", "红霞", "丽华", "玉珍", "德胜", "永强",
            "子涵", "梓萱", "浩然", "宇轩", "欣怡", "雨桐", "一诺", "思远", "佳怡", "俊杰", "明轩", "诗涵" };

    /** Characters that make up given names (one alone, or two together). */
    private static final String GIVEN_CHARACTERS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁健亮俊帅浩宇凯峰龙成林"
            + "芳娜敏静丽艳娟霞玲燕萍红婷雪慧琳颖倩洁晶欣悦琪瑶佳怡婧璐"
            + "志国建文海春晓德永金玉秀桂淑凤红丽新利东兰英荣";

    private static final int TOTAL_WEIGHT;

    static {
        int total = 0;
        for (Object[] s : SURNAMES) {
            total += (Integer) s[1];
        }
        TOTAL_WEIGHT = total;
    }

    private ChineseNames() {
    }

    static String surname(Random random) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (Object[] s : SURNAMES) {
            pick -= (Integer) s[1];
            if (pick < 0) {
                return (String) s[0];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A full name: a weighted surname and a given name of one character (about a quarter) or two. */
    static String person(Random random) {
        String surname = surname(random);
        int kind = random.nextInt(100);
        if (kind < 25) {
            return surname + given(random);
        }
        if (kind < 45) {
            return surname + CLASSIC_GIVEN[random.nextInt(CLASSIC_GIVEN.length)];
        }
        return surname + given(random) + given(random);
    }

    private static char given(Random random) {
        return GIVEN_CHARACTERS.charAt(random.nextInt(GIVEN_CHARACTERS.length()));
    }
}
