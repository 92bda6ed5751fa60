package app.fairpass.demo;

import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.SeekerRegistration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Job seekers as a district campus fair sees them: mostly college graduates, then the other key groups, with
 * the names people really have, rarer characters (喆 堃 珺 昇 赟) and a few Latin names included.
 */
final class DemoPeople {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方");
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉俊峰晨宇浩然子涵欣怡思远"
            + "梓萱雨轩佳琪志强文博一鸣嘉怡诗琪晓东建国春梅海燕宏伟婷婷亮亮鑫淼磊森瑶琳悦彤睿哲昊天";
    private static final String RARE = "喆堃珺昇赟";
    private static final List<String> LATIN = List.of("Anna Schmidt", "David Miller", "Nguyen Van An",
            "Maria Garcia", "Aliya Nurlanovna", "Tom Becker", "Sophie Martin", "Kim Min-jun");
    private static final List<String> MAJORS = List.of("软件技术", "电子信息工程技术", "机电一体化技术", "电气自动化技术", "大数据技术",
            "工业机器人技术", "数控技术", "物流管理", "会计", "市场营销", "商务英语", "计算机网络技术", "云计算技术应用", "物联网应用技术",
            "汽车检测与维修", "光伏工程技术", "跨境电子商务", "现代纺织技术", "酒店管理", "护理");
    private static final List<String> SOUGHT = List.of("操作工", "仓库管理员", "叉车司机", "质检员", "电工", "保安", "面点师", "客服专员",
            "销售代表", "设备维修工", "保洁", "司机", "厨师", "行政文员");

    private final Random random;

    DemoPeople(Random random) {
        this.random = random;
    }

    /** The i-th demo job seeker; distinct i give distinct phone numbers. */
    SeekerRegistration person(int i) {
        Set<String> groups = keyGroups();
        boolean graduate = groups.contains("COLLEGE_GRADUATE");
        String line = graduate ? pick(MAJORS) : pick(SOUGHT);
        return new SeekerRegistration(name(i), phone(i), education(graduate), groups, line, true,
                random.nextInt(100) < 85, random.nextInt(100) < 70);
    }

    private String name(int i) {
        if (i % 400 == 7) {
            return LATIN.get(i / 400 % LATIN.size());
        }
        String surname = random.nextInt(100) < 2 ? pick(COMPOUND_SURNAMES)
                : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        StringBuilder given = new StringBuilder();
        int length = random.nextInt(100) < 30 ? 1 : 2;
        for (int c = 0; c < length; c++) {
            String source = random.nextInt(100) < 6 ? RARE : GIVEN;
            given.append(source.charAt(random.nextInt(source.length())));
        }
        return surname + given;
    }

    /** 11 digits; the last nine are a bijection of i, so no two demo people share a phone. */
    private String phone(int i) {
        long lastNine = (i * 104_729L) % 1_000_000_000L;
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", lastNine);
    }

    private Set<String> keyGroups() {
        int roll = random.nextInt(100);
        Set<String> groups = new LinkedHashSet<>();
        if (roll < 62) {
            groups.add("COLLEGE_GRADUATE");
        } else if (roll < 72) {
            groups.add("UNEMPLOYED");
        } else if (roll < 81) {
            groups.add("MIGRANT_WORKER");
        } else if (roll < 88) {
            groups.add("EMPLOYMENT_DIFFICULTY");
            if (random.nextBoolean()) {
                groups.add("UNEMPLOYED");
            }
        } else if (roll < 91) {
            groups.add("VETERAN");
        } else if (roll < 93) {
            groups.add("RETIRED_FISHERMAN");
        }
        return groups;
    }

    private Education education(boolean graduate) {
        int roll = random.nextInt(100);
        if (graduate) {
            return roll < 60 ? Education.JUNIOR_COLLEGE : roll < 95 ? Education.BACHELOR : Education.MASTER;
        }
        return roll < 30 ? Education.JUNIOR_HIGH_OR_BELOW : roll < 60 ? Education.HIGH_SCHOOL
                : roll < 80 ? Education.VOCATIONAL_SECONDARY : Education.JUNIOR_COLLEGE;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
