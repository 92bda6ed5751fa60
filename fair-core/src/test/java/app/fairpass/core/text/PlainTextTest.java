package app.fairpass.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.fair.NewFair;
import app.fairpass.core.seeker.SeekerRegistration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"张燕", "张燕😀", "👩‍💻", "𠀀𪚥", "'; DROP TABLE job_seeker; --", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "ＡＢＣ１２３", "O'Brien", "Zoë"})
    void ordinaryTextOfAnyScriptMayBeStored(String text) {
        assertThat(PlainText.problem(text, 60, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张\u0000燕", "张燕\u0007", "a\u001b[2J", "张燕\u202Egpj.exe", "\u2066x", "a\u200Fb", "\uD83D",
            "x\uDE00y", "line\nbreak", "tab\there"})
    void controlCharactersBidiOverridesAndBrokenSurrogatesAreRefused(String text) {
        assertThat(PlainText.problem(text, 60, false)).contains(PlainText.Problem.INVISIBLE_CHARACTERS);
    }

    @Test
    void aNoteMayHaveLinesAndTabsButNoOtherControlCharacters() {
        assertThat(PlainText.problem("第一行\r\n第二行\t好", 500, true)).isEmpty();
        assertThat(PlainText.problem("第一行\u0000", 500, true)).contains(PlainText.Problem.INVISIBLE_CHARACTERS);
    }

    @Test
    void lengthIsCountedAsTheDatabaseColumnCountsIt() {
        assertThat(PlainText.problem("长".repeat(30), 30, false)).isEmpty();
        assertThat(PlainText.problem("长".repeat(31), 30, false)).contains(PlainText.Problem.TOO_LONG);
        assertThat(PlainText.problem(null, 30, false)).isEqualTo(Optional.empty());
    }

    @Test
    void servicesRefuseWhatTheScreensRefuse() {
        NewFair withNul = new NewFair(null, "招聘会\u0000", "市场", LocalDate.of(2026, 6, 30), LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        NewFair ideographicSpaces = new NewFair(null, "\u3000\u3000", "市场", LocalDate.of(2026, 6, 30),
                LocalTime.of(9, 0), LocalTime.of(12, 0));
        SeekerRegistration override = new SeekerRegistration("张燕\u202E", "13800138000", null, Set.of(), null, true,
                false, false);

        assertThat(violations(withNul)).containsExactly("name");
        assertThat(violations(ideographicSpaces)).containsExactly("name");
        assertThat(violations(override)).containsExactly("name");
    }

    private static Set<String> violations(Object bean) {
        return VALIDATOR.validate(bean).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }
}
