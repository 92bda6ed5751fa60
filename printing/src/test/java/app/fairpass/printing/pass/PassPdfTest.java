package app.fairpass.printing.pass;

import static app.fairpass.printing.PdfProbe.decodeQr;
import static app.fairpass.printing.PdfProbe.glyphs;
import static app.fairpass.printing.PdfProbe.pageCount;
import static app.fairpass.printing.PdfProbe.pageSizeMm;
import static app.fairpass.printing.PdfProbe.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.fairpass.printing.PdfProbe.Glyph;
import app.fairpass.printing.pdf.Box;
import app.fairpass.printing.text.Language;

class PassPdfTest {

    private static final String CODE = "FP1-3PWDH8TC5YQ2GX7M-KA4E";

    private static PassContent pass(List<String> whatToBring) {
        return pass("陈喆", whatToBring);
    }

    private static PassContent pass(String name, List<String> whatToBring) {
        return new PassContent("2025 春风行动 · 海曙区高校毕业生专场招聘会", LocalDate.of(2025, 3, 15), LocalTime.of(9, 0),
                LocalTime.of(12, 0), "宁波市海曙区人力资源市场（中山西路 138 号）三楼大厅", name, CODE, "3PWD-H8TC",
                whatToBring);
    }

    @Test
    void aNameWithAnExtensionBCharacterPrintsItFromTheFallbackFont() {
        byte[] pdf = PassPdf.render(pass("吉𠮷祥", List.of("身份证")), Language.ZH);

        assertThat(text(pdf)).contains("吉𠮷祥").doesNotContain("□");
        assertThat(glyphs(pdf, 0)).filteredOn(glyph -> glyph.text().equals("𠮷")).isNotEmpty()
                .extracting(Glyph::font).containsOnly("HanaMinB");
        assertThat(decodeQr(pdf, 0)).isEqualTo(CODE);
    }

    @Test
    void aNameWithACharacterNoFontHasGetsTheReplacement() {
        byte[] pdf = PassPdf.render(pass("吉\uE000祥", List.of("身份证")), Language.ZH);

        assertThat(text(pdf)).contains("吉□祥");
        assertThat(decodeQr(pdf, 0)).isEqualTo(CODE);
    }

    @Test
    void chinesePassCarriesEverythingNeededAtTheDoor() {
        byte[] pdf = PassPdf.render(pass(List.of("个人简历 5 份", "身份证")), Language.ZH);

        assertThat(pageCount(pdf)).isEqualTo(1);
        assertThat(pageSizeMm(pdf, 0)[0]).isCloseTo(210, within(0.5));
        assertThat(pageSizeMm(pdf, 0)[1]).isCloseTo(297, within(0.5));
        assertThat(text(pdf)).contains("入场凭证", "陈喆", "2025年3月15日（星期六）", "09:00–12:00",
                "中山西路 138 号", "请携带", "个人简历 5 份", "身份证")
                .containsPattern("凭证号\\s+3PWD-H8TC");
        assertThat(decodeQr(pdf, 0)).isEqualTo(CODE);
    }

    @Test
    void englishOnRequest() {
        byte[] pdf = PassPdf.render(pass(List.of("Printed CV")), Language.EN);

        assertThat(text(pdf)).contains("Admission pass", "Saturday 15 March 2025", "Opening hours", "Venue",
                "What to bring", "Printed CV").containsPattern("Pass ID\\s+3PWD-H8TC").doesNotContain("入场凭证");
        assertThat(decodeQr(pdf, 0)).isEqualTo(CODE);
    }

    @Test
    void aVeryLongListStaysOnThePageWithinItsMargins() {
        byte[] pdf = PassPdf.render(pass(java.util.Collections.nCopies(60, "毕业证书、学位证书及各类职业资格证书原件和复印件")),
                Language.ZH);

        assertThat(pageCount(pdf)).isEqualTo(1);
        Box page = Box.ofMm(0, 0, 210, 297).inset(Box.mm(19.5));
        for (Glyph glyph : glyphs(pdf, 0)) {
            assertThat(page.contains(glyph.box())).as("'%s' at %s", glyph.text(), glyph.box()).isTrue();
        }
        assertThat(decodeQr(pdf, 0)).isEqualTo(CODE);
    }
}
