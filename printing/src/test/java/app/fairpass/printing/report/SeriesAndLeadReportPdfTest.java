package app.fairpass.printing.report;

import static app.fairpass.printing.PdfProbe.pageTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.fairpass.printing.text.Language;

class SeriesAndLeadReportPdfTest {

    @Test
    void seriesHasOneRowPerFairAndTheirTotals() {
        SeriesReportContent series = new SeriesReportContent("2025 就业援助月", List.of(
                new FairFigures("海曙区专场", LocalDate.of(2025, 3, 1), "海曙", new HeadlineFigures(100, 2756, 2412, 1832, 1517, 689)),
                new FairFigures("江北区专场", LocalDate.of(2025, 3, 8), "江北", new HeadlineFigures(60, 1200, 1100, 900, 700, 210)),
                new FairFigures("退捕渔民专场", LocalDate.of(2025, 3, 15), "象山", new HeadlineFigures(25, 300, 230, 180, 90, 41))));

        String text = String.join("\n", pageTexts(SeriesReportPdf.render(series, Language.ZH)));

        assertThat(text).contains("2025 就业援助月", "招聘会场次 3");
        assertThat(text).containsPattern("海曙区专场\\s+2025-03-01\\s+100\\s+2,756\\s+2,412\\s+1,832\\s+1,517\\s+689");
        assertThat(text).containsPattern("退捕渔民专场\\s+2025-03-15\\s+25\\s+300\\s+230\\s+180\\s+90\\s+41");
        assertThat(text).containsPattern("合计\\s+185\\s+4,256\\s+3,742\\s+2,912\\s+2,307\\s+940");
    }

    @Test
    void leadReportListsTheEmployersRecords() {
        LeadReportContent leads = new LeadReportContent("海曙区专场", LocalDate.of(2025, 3, 1), "宁波甬江电子有限公司", "B12",
                List.of(new Lead("7K2M-9QX4", "张燕", "会计学", LeadKind.RESUME, "出纳", LocalTime.of(9, 42), 4, "周一面试"),
                        new Lead("3PWD-H8TC", "陈喆", null, LeadKind.INTENTION, "嵌入式工程师", LocalTime.of(10, 5), null, null)));

        String zh = String.join("\n", pageTexts(LeadReportPdf.render(leads, Language.ZH)));
        String en = String.join("\n", pageTexts(LeadReportPdf.render(leads, Language.EN)));

        assertThat(zh).contains("宁波甬江电子有限公司", "展位号 B12", "凭证号");
        assertThat(zh).containsPattern("7K2M-9QX4\\s+张燕\\s+会计学\\s+收到简历\\s+出纳\\s+09:42\\s+4\\s+周一面试");
        assertThat(zh).containsPattern("3PWD-H8TC\\s+陈喆\\s+达成意向\\s+嵌入式工程师\\s+10:05");
        assertThat(en).contains("Employer leads", "Booth B12").containsPattern("陈喆\\s+Intention");
    }
}
