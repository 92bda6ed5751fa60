package app.fairpass.core.pass;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScannerInputTest {

    @Test
    void removesWhatScannersAndInputMethodsAdd() {
        assertThat(ScannerInput.clean("]Q1fp1a00ab\r\n")).isEqualTo("FP1A00AB");
        assertThat(ScannerInput.clean(" F P 1\u3000A\t")).isEqualTo("FP1A");
        assertThat(ScannerInput.clean("ＦＰ１Ａ")).isEqualTo("FP1A");
    }

    @Test
    void readsConfusableLettersAsTheDigitsTheyLookLike() {
        assertThat(ScannerInput.clean("oOiIlL")).isEqualTo("001111");
    }

    @Test
    void refusesInputTooLongToBeACode() {
        assertThat(ScannerInput.clean("A".repeat(ScannerInput.MAX_RAW_LENGTH + 1))).isEmpty();
        assertThat(ScannerInput.clean(null)).isEmpty();
    }

    @Test
    void aCodeIsThirtyOneCharactersOfTheQrAlphanumericSet() {
        PassCode code = new PassCode('A', 12345, "0123456789ABC", "DEFGHJKMNP");

        assertThat(code.text()).hasSize(PassCode.LENGTH).hasSize(31).matches("[0-9A-Z]+");
        assertThat(PassCode.parse(code.text())).isEqualTo(code);
        assertThat(PassCode.parse(code.text().substring(1))).isNull();
        assertThat(PassCode.displayShortId(code.shortId())).isEqualTo("0123-4567");
    }
}
