package app.fairpass.printing.badge;

import static app.fairpass.printing.PdfProbe.decodeQr;
import static app.fairpass.printing.PdfProbe.fontNames;
import static app.fairpass.printing.PdfProbe.glyphs;
import static app.fairpass.printing.PdfProbe.pageCount;
import static app.fairpass.printing.PdfProbe.pageSizeMm;
import static app.fairpass.printing.PdfProbe.pageTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.fairpass.printing.PdfProbe.Glyph;
import app.fairpass.printing.pdf.Box;

class BadgePdfTest {

    private static final String FAIR = "2025 春风行动 · 海曙区专场招聘会";
    private static final String CODE = "FP1-7K2M9QX4TR8VH3NP-6WDJ";
    /** 𠮷 (U+20BB7) is in CJK Extension B, which the primary font lacks. */
    private static final String NAME_WITH_EXTENSION_B = "吉𠮷祥";
    private static final String PRIMARY_FONT = "NotoSansSC-Regular";
    private static final String FALLBACK_FONT = "HanaMinB";

    private static BadgeContent badge(String name, String optionalLine) {
        return new BadgeContent(FAIR, name, optionalLine, CODE, "7K2M-9QX4");
    }

    @ParameterizedTest
    @EnumSource(BadgeStock.class)
    void badgeHasStockPageSizeChineseTextAndReadableQr(BadgeStock stock) {
        byte[] pdf = BadgePdf.render(stock, badge("张燕", "意向岗位：会计"));

        double[] size = pageSizeMm(pdf, 0);
        assertThat(size[0]).isCloseTo(expectedWidthMm(stock), within(0.5));
        assertThat(size[1]).isCloseTo(expectedHeightMm(stock), within(0.5));
        assertThat(pageTexts(pdf).get(0)).contains("张燕", "意向岗位：会计", "7K2M-9QX4", "海曙区专场招聘会");
        assertThat(decodeQr(pdf, 0, stock.layout().regions(0).qr())).isEqualTo(CODE);
    }

    private static double expectedWidthMm(BadgeStock stock) {
        return switch (stock) {
            case LABEL_62X100 -> 62;
            case LABEL_4X3_IN -> 101.6;
            case A6 -> 105;
            case A4_SHEET_8 -> 210;
        };
    }

    private static double expectedHeightMm(BadgeStock stock) {
        return switch (stock) {
            case LABEL_62X100 -> 100;
            case LABEL_4X3_IN -> 76.2;
            case A6 -> 148;
            case A4_SHEET_8 -> 297;
        };
    }

    @ParameterizedTest
    @EnumSource(BadgeStock.class)
    void difficultNamesStayInsideTheirBoxAndOffTheQr(BadgeStock stock) {
        List<String> names = List.of(
                "陈喆",
                "欧阳娜娜买买提·艾则孜江木拉提古丽努尔阿依木汗的名字",
                "Maximilian Alexander Featherstonehaugh",
                "Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios",
                "李😀明 👨‍👩‍👧",
                "王𪚥\uD86D\uDE3E赟");
        BadgeRegions regions = stock.layout().regions(0);
        for (String name : names) {
            byte[] pdf = BadgePdf.render(stock, badge(name, "求职意向：机械设计制造及其自动化专业方向的工程师岗位"));

            List<Glyph> drawn = glyphs(pdf, 0);
            assertThat(drawn).as(name).isNotEmpty();
            for (Glyph glyph : drawn) {
                assertThat(regions.label().inset(Box.mm(2.5)).contains(glyph.box()))
                        .as("%s: glyph '%s' at %s inside the label margins", name, glyph.text(), glyph.box())
                        .isTrue();
                assertThat(glyph.box().overlaps(regions.qr()))
                        .as("%s: glyph '%s' at %s clear of the QR %s", name, glyph.text(), glyph.box(), regions.qr())
                        .isFalse();
            }
            assertThat(decodeQr(pdf, 0, regions.qr())).as(name).isEqualTo(CODE);
        }
    }

    @Test
    void thirtyCharacterNameShrinksOrWrapsButKeepsEveryCharacter() {
        String name = "阿卜杜热合曼·买买提明·艾合买提江·吐尔逊巴依·库尔班·阿力"; // 30 characters
        assertThat(name.codePointCount(0, name.length())).isEqualTo(30);

        byte[] pdf = BadgePdf.render(BadgeStock.LABEL_62X100, badge(name, null));

        String text = pageTexts(pdf).get(0).replaceAll("\\s", "");
        assertThat(text).contains(name);
    }

    @Test
    void latinNameIsWrappedAtASpaceNotInsideAWord() {
        byte[] pdf = BadgePdf.render(BadgeStock.LABEL_62X100,
                badge("Maximilian Alexander Featherstonehaugh", null));

        assertThat(pageTexts(pdf).get(0)).contains("Featherstonehaugh").contains("Maximilian");
    }

    @ParameterizedTest
    @EnumSource(BadgeStock.class)
    void extensionBCharacterIsDrawnFromTheFallbackFontAndTheQrStillReads(BadgeStock stock) {
        byte[] pdf = BadgePdf.render(stock, badge(NAME_WITH_EXTENSION_B, "意向岗位：会计"));

        assertThat(pageTexts(pdf).get(0)).contains(NAME_WITH_EXTENSION_B).doesNotContain("□");
        List<Glyph> drawn = glyphs(pdf, 0);
        assertThat(drawn).filteredOn(glyph -> glyph.text().equals("𠮷")).isNotEmpty()
                .extracting(Glyph::font).containsOnly(FALLBACK_FONT);
        assertThat(drawn).filteredOn(glyph -> glyph.text().equals("吉")).isNotEmpty()
                .extracting(Glyph::font).containsOnly(PRIMARY_FONT);
        assertThat(decodeQr(pdf, 0, stock.layout().regions(0).qr())).isEqualTo(CODE);
    }

    @Test
    void aBadgeWithoutRareCharactersCarriesOnlyThePrimaryFont() {
        byte[] pdf = BadgePdf.render(BadgeStock.LABEL_62X100, badge("王堃珺", "意向岗位：会计"));

        assertThat(fontNames(pdf, 0)).containsExactly(PRIMARY_FONT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0xE000, 0x2A6D7, 0x30000})
    void aCharacterNoBundledFontHasIsReplaced(int codePoint) {
        // Private use; CJK Extension B of Unicode 13, newer than the fallback font; CJK Extension G.
        String name = "吉" + Character.toString(codePoint) + "祥";

        byte[] pdf = BadgePdf.render(BadgeStock.A6, badge(name, null));

        assertThat(pageTexts(pdf).get(0)).contains("吉□祥");
        assertThat(decodeQr(pdf, 0, BadgeStock.A6.layout().regions(0).qr())).isEqualTo(CODE);
    }

    @Test
    void charactersOutsideTheFontAreReplacedNotDropped() {
        byte[] pdf = BadgePdf.render(BadgeStock.A6, badge("李😀明", null));

        assertThat(pageTexts(pdf).get(0)).contains("李□明");
    }

    @Test
    void sheetBatchPutsEightBadgesOnEachPageAndEveryQrDecodes() {
        List<BadgeContent> badges = IntStream.range(0, 19)
                .mapToObj(i -> new BadgeContent(FAIR, "求职者" + i, null, "FP1-CODE" + i, "ID-" + i))
                .toList();

        byte[] pdf = BadgePdf.renderBatch(BadgeStock.A4_SHEET_8, badges);

        assertThat(pageCount(pdf)).isEqualTo(3);
        List<String> texts = pageTexts(pdf);
        assertThat(texts.get(0)).contains("求职者0", "求职者7").doesNotContain("求职者8");
        assertThat(texts.get(2)).contains("求职者16", "求职者18");
        BadgeLayout sheet = BadgeStock.A4_SHEET_8.layout();
        for (int slot : new int[] {0, 5, 7}) {
            assertThat(decodeQr(pdf, 0, sheet.regions(slot).label())).isEqualTo("FP1-CODE" + slot);
        }
        assertThat(decodeQr(pdf, 2, sheet.regions(2).label())).isEqualTo("FP1-CODE18");
    }

    @Test
    void labelBatchIsOnePagePerBadge() {
        byte[] pdf = BadgePdf.renderBatch(BadgeStock.LABEL_4X3_IN,
                List.of(badge("张燕", null), badge("陈喆", null), badge("赵珺", null)));

        assertThat(pageCount(pdf)).isEqualTo(3);
        assertThat(pageTexts(pdf).get(1)).contains("陈喆");
    }

    @Test
    void passCodeMustBeAsciiAsScannersTypeIt() {
        assertThatThrownBy(() -> new BadgeContent(FAIR, "张燕", null, "凭证123", "X"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
