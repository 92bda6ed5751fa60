package app.fairpass.core.seeker;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.seeker.PhoneNumber.Problem;
import app.fairpass.core.seeker.PhoneNumber.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mobile numbers as people type or paste them, and what is said when one cannot be read. */
class PhoneNumberTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"13812345678", "１３８１２３４５６７８", "+86 138 1234 5678", "0086-138-1234-5678",
            "138-1234-5678", "(138) 1234 5678", "（138）1234－5678", "138.1234.5678", "8613812345678",
            "＋８６ １３８ １２３４ ５６７８", " 138\u30001234\u00a05678 ", "138–1234–5678"})
    void whatPeopleTypeIsReadAsTheElevenDigitsStored(String typed) {
        Reading reading = PhoneNumber.read(typed);

        assertThat(reading.problem()).isNull();
        assertThat(reading.isValid()).isTrue();
        assertThat(reading.number()).isEqualTo("13812345678");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "139 0000 5555 | 13900005555",
            "+8619912345678 | 19912345678",
            "0086 177 0000 1111 | 17700001111"})
    void otherNumbersTooKeepTheirDigits(String typed, String stored) {
        assertThat(PhoneNumber.read(typed).number()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | EMPTY | ''",
            "'' | EMPTY | ''",
            "'  \u3000 ' | EMPTY | ''",
            "1381234567 | TOO_FEW_DIGITS | 1381234567",
            "+86 138 1234 567 | TOO_FEW_DIGITS | 1381234567",
            "138 1234 | TOO_FEW_DIGITS | 1381234",
            "138123456789 | TOO_MANY_DIGITS | 138123456789",
            "23812345678 | NOT_STARTING_WITH_1 | 23812345678",
            "0512-6688 1234 | NOT_STARTING_WITH_1 | 051266881234",
            "12812345678 | NO_SUCH_PREFIX | 12812345678",
            "abc | NOT_DIGITS | ''",
            "138abc12345 | NOT_DIGITS | ''",
            "138 1234 5678 转 8 | NOT_DIGITS | ''",
            "--- | NOT_DIGITS | ''",
            "+ | NOT_DIGITS | ''",
            "138+12345678 | NOT_DIGITS | ''"})
    void aNumberThatCannotBeReadSaysWhy(String typed, Problem problem, String digits) {
        Reading reading = PhoneNumber.read(typed);

        assertThat(reading.isValid()).isFalse();
        assertThat(reading.number()).isNull();
        assertThat(reading.problem()).isEqualTo(problem);
        assertThat(reading.digits()).isEqualTo(digits);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1381234567 | 10", "138123456 | 9", "138123456789 | 12",
            "+86 138 1234 56 | 9"})
    void theCountOfDigitsGivenIsKnown(String typed, int count) {
        assertThat(PhoneNumber.read(typed).digits()).hasSize(count);
    }
}
