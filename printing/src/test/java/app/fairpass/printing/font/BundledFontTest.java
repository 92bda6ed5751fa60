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
        TrueTypeFont font = BundledFont.get();

        // PDFBox embeds only glyf (TrueType) outlines, not CFF.
        assertThat(font.getTableMap()).containsKey("glyf").doesNotContainKey("CFF ");
        for (int character : "喆堃珺昇赟张燕陈".codePoints().toArray()) {
            assertThat(font.getUnicodeCmapLookup().getGlyphId(character)).as(Character.toString(character)).isNotZero();
        }
    }

    @Test
    void fontIsParsedOncePerProcessHoweverManyDocumentsUseIt() throws IOException {
        for (int i = 0; i < 3; i++) {
            try (PDDocument document = new PDDocument()) {
                DocumentFont.embedInto(document);
            }
        }

        assertThat(DocumentFont.fontParseCount()).isEqualTo(1);
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
