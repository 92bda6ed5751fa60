package app.fairpass.printing.font;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void namesEveryBundledFontCanPrintLackNothing() {
        assertThat(PrintableText.missing("王堃珺")).isEmpty();
        assertThat(PrintableText.missing("吉𠮷祥")).as("Extension B, from the fallback").isEmpty();
        assertThat(PrintableText.missing("Zoë O'Brien-Núñez")).isEmpty();
        assertThat(PrintableText.missing(" 张\t燕\u200D ")).as("spaces and joiners are not characters to print")
                .isEmpty();
    }

    @Test
    void charactersNoBundledFontHasAreNamedOnceEachInOrder() {
        String extensionBNewerThanTheFallback = Character.toString(0x2A6D7);
        String extensionG = Character.toString(0x30000);

        assertThat(PrintableText.missing("王\uE000明😀\uE000" + extensionBNewerThanTheFallback + extensionG))
                .containsExactly("\uE000", "😀", extensionBNewerThanTheFallback, extensionG);
    }
}
