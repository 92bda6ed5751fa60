package app.fairpass.printing.report;

import static app.fairpass.printing.PdfProbe.pageCount;
import static app.fairpass.printing.PdfProbe.pageSizeMm;
import static app.fairpass.printing.PdfProbe.pageTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.fairpass.printing.text.Language;

class SummaryReportPdfTest {

    private static final HeadlineFigures FIGURES = new HeadlineFigures(100, 2756, 2412, 1832, 1517, 689);

    private static SummaryReportContent report(int employerCount) {
        List<EmployerFigures> employers = IntStream.rangeClosed(1, employerCount)
                .mapToObj(i -> new EmployerFigures("A" + i, "宁波第" + i + "号智能制造有限公司", i, 2L * i, i % 3))
                .toList();
        List<ArrivalCount> arrivals = IntStream.range(0, 16)
                .mapToObj(i -> new ArrivalCount(LocalTime.of(9, 0).plusMinutes(15L * i), 40 + (i * 37) % 180))
                .toList();
        return new SummaryReportContent("2025 春风行动海曙区专场招聘会", LocalDate.of(2025, 3, 15), "海曙区人力资源市场",
                FIGURES,
                List.of(new KeyGroupFigures("高校毕业生", 1203, 988, 842, 377),
                        new KeyGroupFigures("就业困难人员", 96, 71, 40, 12),
                        new KeyGroupFigures("退捕渔民", 18, 15, 9, 4)),
                arrivals, employers);
    }

    @Test
    void headlineAndKeyGroupFiguresAreThoseGivenWithGrouping() {
        byte[] pdf = SummaryReportPdf.render(report(12), Language.ZH);

        assertThat(pageSizeMm(pdf, 0)[0]).isCloseTo(210, within(0.5));
        assertThat(pageSizeMm(pdf, 0)[1]).isCloseTo(297, within(0.5));
        String first = pageTexts(pdf).get(0);
        assertThat(first).contains("2025 春风行动海曙区专场招聘会", "2025年3月15日", "海曙区人力资源市场",
                "参会用人单位", "提供岗位", "报名人数", "签到人数", "收到简历", "达成就业意向",
                "100", "2,756", "2,412", "1,832", "1,517", "689");
        assertThat(first).containsPattern("高校毕业生\\s+1,203\\s+988\\s+842\\s+377");
        assertThat(first).containsPattern("就业困难人员\\s+96\\s+71\\s+40\\s+12");
        assertThat(first).contains("每 15 分钟签到人数", "09:00", "12:00");
    }

    @Test
    void threeHundredEmployersPaginateWithHeaderOnEveryPageAndTotalsAtTheEnd() {
        byte[] pdf = SummaryReportPdf.render(report(300), Language.ZH);

        int pages = pageCount(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(8);
        List<String> texts = pageTexts(pdf);
        int firstTablePage = IntStream.range(0, pages).filter(i -> texts.get(i).contains("A1 ")).findFirst()
                .orElseThrow();
        for (int page = firstTablePage; page < pages; page++) {
            assertThat(texts.get(page)).as("page %d", page + 1)
                    .containsPattern("展位号\\s+用人单位\\s+岗位数\\s+简历\\s+意向")
                    .contains("第 " + (page + 1) + " / " + pages + " 页");
        }
        for (int employer : new int[] {1, 150, 300}) {
            assertThat(String.join("\n", texts)).containsPattern(
                    "A" + employer + "\\s+宁波第" + employer + "号智能制造有限公司\\s+" + employer + "\\s+" + 2 * employer);
        }
        // 1+…+300 = 45,150 positions, twice that resumes, 100 × (1+2) intentions.
        assertThat(texts.get(pages - 1)).containsPattern("合计\\s+45,150\\s+90,300\\s+300");
        assertThat(String.join("\n", texts.subList(0, pages - 1))).doesNotContain("合计");
    }

    @Test
    void englishOnRequest() {
        byte[] pdf = SummaryReportPdf.render(report(3), Language.EN);

        String text = String.join("\n", pageTexts(pdf));
        assertThat(text).contains("Job fair results", "Saturday 15 March 2025", "Employers", "Positions offered",
                "Registered", "Check-ins", "Resumes received", "2,756",
                "Booth", "Total", "Page 1 / ");
        assertThat(text).containsPattern("Reached an\\s+employment intention").doesNotContain("合计", "展位号");
    }

    @Test
    void emptyFairSaysNoDataInsteadOfEmptyTables() {
        SummaryReportContent empty = new SummaryReportContent("空场", LocalDate.of(2025, 3, 16), "线上",
                HeadlineFigures.ZERO, List.of(), List.of(), List.of());

        String text = String.join("\n", pageTexts(SummaryReportPdf.render(empty, Language.ZH)));

        assertThat(text.split("暂无数据", -1)).hasSize(4);
    }

    @Test
    void axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ArrivalChart.niceStep(0.4)).isEqualTo(1);
        assertThat(ArrivalChart.niceStep(3.2)).isEqualTo(5);
        assertThat(ArrivalChart.niceStep(17)).isEqualTo(20);
        assertThat(ArrivalChart.niceStep(45)).isEqualTo(50);
        assertThat(ArrivalChart.niceStep(51)).isEqualTo(100);
    }
}
