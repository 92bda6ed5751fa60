package app.fairpass.printing.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import app.fairpass.printing.pdf.Box;

class BundledFontTest {

    @Test
    void fontIsTrueTypeOutlinesWithTheNameCharactersGb2312Lacks() throws IOException {
        TrueTypeFont font = BundledFont.primary().font();

        // PDFBox embeds only glyf (TrueType) outlines, not CFF.
        assertThat(font.getTableMap()).containsKey("glyf").doesNotContainKey("CFF ");
        for (int character : "喆堃珺昇赟张燕陈".codePoints().toArray()) {
            assertThat(font.getUnicodeCmapLookup().getGlyphId(character)).as(Character.toString(character)).isNotZero();
        }
    }

    @Test
    void fallbackIsTrueTypeOutlinesWithExtensionsBToFAndOnlyPlaneTwoIsWorthParsingItFor() throws IOException {
        BundledFont fallback = BundledFont.fallback();

        assertThat(fallback.font().getTableMap()).containsKey("glyf").doesNotContainKey("CFF ");
        // One of each: Extension B, C, D, E, F.
        for (int character : "𠮷𪜀𫝀𫠠𬺰".codePoints().toArray()) {
            assertThat(BundledFont.primary().has(character)).as(Character.toString(character)).isFalse();
            assertThat(fallback.has(character)).as(Character.toString(character)).isTrue();
            assertThat(BundledFont.fallbackMayHave(character)).isTrue();
        }
        assertThat(BundledFont.fallbackMayHave('吉')).isFalse();
        assertThat(BundledFont.fallbackMayHave(0x1F600)).as("emoji").isFalse();
    }

    @Test
    void fontsAreParsedOncePerProcessHoweverManyDocumentsUseThem() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFont font = DocumentFont.embedInto(document);
            font.width(font.printable("吉𠮷祥"), 10);
        }
        int parsesForBothFonts = DocumentFont.fontParseCount();

        for (int i = 0; i < 3; i++) {
            try (PDDocument document = new PDDocument()) {
                DocumentFont font = DocumentFont.embedInto(document);
                font.width(font.printable("吉𠮷祥"), 10);
            }
        }

        assertThat(parsesForBothFonts).isLessThanOrEqualTo(2);
        assertThat(DocumentFont.fontParseCount()).isEqualTo(parsesForBothFonts);
    }

    @Test
    void extensionBCharactersAreKeptMeasuredAndNeverSplitWhenWrappingOrCutting() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFont font = DocumentFont.embedInto(document);
            String rare = "𠮷".repeat(10);

            assertThat(font.printable("吉𠮷祥")).isEqualTo("吉𠮷祥");
            // Every ideograph here is one em wide, the fallback's as well as the primary's.
            assertThat(font.width("吉𠮷祥", 10)).isEqualTo(30f);
            assertThat(TextBlock.wrap(font, rare, 10, 35)).containsExactly("𠮷𠮷𠮷", "𠮷𠮷𠮷", "𠮷𠮷𠮷", "𠮷");
            assertThat(TextBlock.ellipsize(font, rare, 10, 35)).startsWith("𠮷𠮷").endsWith("…")
                    .satisfies(cut -> assertThat(hasHalfAPair(cut)).isFalse());
            TextBlock.Fitted fitted = TextBlock.fit(font, "欧阳𠮷".repeat(12), Box.ofMm(0, 0, 30, 12), Fit.fillBox(9, 2));
            for (String line : fitted.lines()) {
                assertThat(hasHalfAPair(line)).as(line).isFalse();
                assertThat(font.width(line, fitted.size())).isLessThanOrEqualTo(Box.mm(30) + 0.01f);
            }
        }
    }

    @Test
    void charactersWithoutGlyphAreReplacedAndInvisibleOnesDropped() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFont font = DocumentFont.embedInto(document);

            assertThat(font.printable("李😀明")).isEqualTo("李□明");
            assertThat(font.printable("👨\u200D👩\u200D👧")).isEqualTo("□□□");
            assertThat(font.printable("  张\t\n燕  ")).isEqualTo("张 燕");
            assertThat(font.printable("❤\uFE0F")).doesNotContain("\uFE0F");
            // The replaced text measures like what is drawn, never zero for a visible character.
            assertThat(font.width(font.printable("😀"), 10)).isEqualTo(font.width("□", 10)).isPositive();
        }
    }

    @Test
    void longTextShrinksThenWrapsThenIsCutNeverWiderThanItsBox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFont font = DocumentFont.embedInto(document);
            Box box = Box.ofMm(0, 0, 50, 20);
            Fit fit = Fit.fillBox(9, 2);

            TextBlock.Fitted shortName = TextBlock.fit(font, "张燕", box, fit);
            TextBlock.Fitted latin = TextBlock.fit(font, "Maximilian Alexander Featherstonehaugh", box, fit);
            TextBlock.Fitted endless = TextBlock.fit(font, "很".repeat(200), box, fit);
            TextBlock.Fitted oneLineOnly = TextBlock.fit(font, "张燕".repeat(40), box, new Fit(9, 20, 1));

            assertThat(shortName.lines()).containsExactly("张燕");
            assertThat(latin.lines()).containsExactly("Maximilian Alexander", "Featherstonehaugh");
            assertThat(endless.lines()).hasSize(2);
            assertThat(endless.lines().get(1)).endsWith("…");
            assertThat(endless.size()).isEqualTo(9f);
            assertThat(oneLineOnly.lines()).singleElement().asString().startsWith("张燕张燕").endsWith("…")
                    .doesNotContain(" ");
            for (TextBlock.Fitted fitted : List.of(shortName, latin, endless, oneLineOnly)) {
                assertThat(fitted.lines().size() * fitted.size() * TextBlock.LINE_HEIGHT).isLessThanOrEqualTo(box.height());
                for (String line : fitted.lines()) {
                    assertThat(font.width(line, fitted.size())).isLessThanOrEqualTo(box.width() + 0.01f);
                }
            }
        }
    }

    /** Whether a surrogate pair was cut in two, leaving a lone surrogate. */
    private static boolean hasHalfAPair(String text) {
        return text.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.SURROGATE);
    }

    @Test
    void linesBreakBetweenChineseCharactersButNotInsideWordsOrBeforePunctuation() {
        assertThat(TextBlock.canBreakBefore("张燕", 1)).isTrue();
        assertThat(TextBlock.canBreakBefore("Alexander", 3)).isFalse();
        assertThat(TextBlock.canBreakBefore("138号", 2)).isFalse();
        assertThat(TextBlock.canBreakBefore("138号", 3)).isTrue();
        assertThat(TextBlock.canBreakBefore("市场，地铁", 2)).isFalse();
        assertThat(TextBlock.canBreakBefore("（中山", 1)).isFalse();
    }
}
