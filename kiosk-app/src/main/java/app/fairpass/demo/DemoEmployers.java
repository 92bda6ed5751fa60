package app.fairpass.demo;

import app.fairpass.core.seeker.Education;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** About a hundred invented employers of a Jiangsu manufacturing district, their booths and positions. */
final class DemoEmployers {
    private static final String BRAND_FIRST = "恒盛亨永华瑞鑫博汇德宏嘉晟远创新达科益中信联东金天";
    private static final String BRAND_SECOND = "力虹通鼎泰丰源诚邦迈捷睿达安润航信合宇辉腾昌";
    private static final List<String> TRADES = List.of("电子科技", "精密机械", "化纤", "光电", "新材料", "智能装备", "食品", "物流",
            "医疗器械", "纺织", "汽车零部件", "电缆", "包装", "软件", "检测技术", "环保科技", "建材", "供应链管理", "餐饮管理", "人力资源");
    private static final List<String> PLACES = List.of("苏州", "吴江", "江苏", "汾湖", "盛泽", "平望", "震泽", "松陵");
    private static final List<String> SUFFIXES = List.of("有限公司", "股份有限公司", "集团有限公司");
    private static final List<String> TITLES = List.of("操作工", "质检员", "机械工程师", "电气工程师", "软件开发工程师", "销售代表", "会计",
            "行政专员", "仓库管理员", "数控车工", "电工", "客服专员", "储备干部", "设备维修工", "采购专员", "人事专员", "外贸业务员", "网络运维工程师",
            "工艺工程师", "生产主管", "面点师", "物流专员", "测试工程师", "数据分析师");

    record DemoPosition(String title, int headcount, int salaryMin, int salaryMax, Education education) {
    }

    record DemoEmployer(String name, String booth, String industry, List<DemoPosition> positions) {
    }

    private DemoEmployers() {
    }

    /** {@code count} employers whose positions' headcounts add up to exactly {@code openings}. */
    static List<DemoEmployer> generate(Random random, int count, int openings) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            String trade = TRADES.get(random.nextInt(TRADES.size()));
            names.add(PLACES.get(random.nextInt(PLACES.size()))
                    + BRAND_FIRST.charAt(random.nextInt(BRAND_FIRST.length()))
                    + BRAND_SECOND.charAt(random.nextInt(BRAND_SECOND.length()))
                    + trade + SUFFIXES.get(random.nextInt(SUFFIXES.size())) + "|" + trade);
        }
        List<int[]> headcounts = new ArrayList<>();
        int total = 0;
        for (int e = 0; e < count; e++) {
            int[] positions = new int[2 + random.nextInt(4)];
            for (int p = 0; p < positions.length; p++) {
                positions[p] = 1 + random.nextInt(14);
                total += positions[p];
            }
            headcounts.add(positions);
        }
        // Nudge one position at a time until the fair offers exactly the published number of openings.
        for (int i = 0; total != openings; i++) {
            int[] positions = headcounts.get(i % count);
            int p = i / count % positions.length;
            if (total < openings) {
                positions[p]++;
                total++;
            } else if (positions[p] > 1) {
                positions[p]--;
                total--;
            }
        }
        List<DemoEmployer> employers = new ArrayList<>();
        int e = 0;
        for (String entry : names) {
            String[] nameAndTrade = entry.split("\\|");
            List<DemoPosition> positions = new ArrayList<>();
            for (int headcount : headcounts.get(e)) {
                int salaryMin = 3500 + 500 * random.nextInt(8);
                positions.add(new DemoPosition(TITLES.get(random.nextInt(TITLES.size())), headcount, salaryMin,
                        salaryMin + 1000 + 500 * random.nextInt(6), Education.values()[1 + random.nextInt(4)]));
            }
            String booth = (char) ('A' + e / 25) + String.format("%02d", e % 25 + 1);
            employers.add(new DemoEmployer(nameAndTrade[0], booth, nameAndTrade[1], positions));
            e++;
        }
        return employers;
    }
}
