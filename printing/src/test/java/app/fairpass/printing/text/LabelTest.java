package app.fairpass.printing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelTest {

    @ParameterizedTest
    @EnumSource(Label.class)
    void everyLabelIsWrittenInBothLanguages(Label label) {
        String zh = label.in(Language.ZH);
        String en = label.in(Language.EN);
        assertThat(zh).isNotBlank().containsPattern("\\p{IsHan}");
        assertThat(en).isNotBlank().doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void pageNumbersAreFilledIn() {
        assertThat(Label.PAGE_OF.in(Language.ZH, "1", "3")).isEqualTo("第 1 / 3 页");
        assertThat(Label.PAGE_OF.in(Language.EN, "1", "3")).isEqualTo("Page 1 / 3");
    }

    @Test
    void countsAreGroupedAndDatesLocalised() {
        assertThat(Language.ZH.count(2756)).isEqualTo("2,756");
        assertThat(Language.EN.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Language.ZH.date(LocalDate.of(2025, 3, 15))).isEqualTo("2025年3月15日（星期六）");
        assertThat(Language.EN.date(LocalDate.of(2025, 3, 15))).isEqualTo("Saturday 15 March 2025");
    }
}
