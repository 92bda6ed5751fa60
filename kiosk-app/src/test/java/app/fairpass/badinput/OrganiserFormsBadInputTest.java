package app.fairpass.badinput;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.HostileInput;
import app.fairpass.HostileInput.Verdict;
import app.fairpass.KaribuTest;
import app.fairpass.Screens;
import app.fairpass.admin.account.ui.AccountsView;
import app.fairpass.admin.employer.ui.EmployersView;
import app.fairpass.admin.fair.ui.FairsView;
import app.fairpass.admin.fair.ui.SeriesView;
import app.fairpass.admin.kiosk.ui.KiosksView;
import app.fairpass.admin.seeker.ui.SeekersView;
import app.fairpass.core.employer.BoothInfo;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewBooth;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.NewFair;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every text field of every organiser form, fed every hostile input and saved: either the field says in Chinese
 * what is wrong and no row appears, or the value is stored exactly as typed. Nothing escapes as an exception.
 */
@SpringBootTest
@ActiveProfiles("test")
class OrganiserFormsBadInputTest extends KaribuTest {
    private static final String REQUIRED = "此项必填";

    enum Form {
        FAIR, SERIES, BOOTH, POSITION, ACCOUNT, KIOSK
    }

    /** A field under test: where it is, how long it may be, and where a saved value lands. */
    record Field(Form form, String id, int max, boolean required, String table, String latestValue) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final List<Field> FIELDS = List.of(
            new Field(Form.FAIR, "fair-name", 200, true, "fair", "SELECT name FROM fair ORDER BY id DESC LIMIT 1"),
            new Field(Form.FAIR, "fair-venue", 300, true, "fair", "SELECT venue FROM fair ORDER BY id DESC LIMIT 1"),
            new Field(Form.SERIES, "series-name", 200, true, "series",
                    "SELECT name FROM series ORDER BY id DESC LIMIT 1"),
            new Field(Form.BOOTH, "booth-employer", 200, true, "booth",
                    "SELECT e.name FROM booth b JOIN employer e ON e.id = b.employer_id ORDER BY b.id DESC LIMIT 1"),
            new Field(Form.BOOTH, "booth-number", 16, true, "booth",
                    "SELECT booth_number FROM booth ORDER BY id DESC LIMIT 1"),
            new Field(Form.POSITION, "position-title", 100, true, "job_position",
                    "SELECT title FROM job_position ORDER BY id DESC LIMIT 1"),
            new Field(Form.POSITION, "position-major", 100, false, "job_position",
                    "SELECT major_category FROM job_position ORDER BY id DESC LIMIT 1"),
            new Field(Form.ACCOUNT, "account-display-name", 100, true, "user_account",
                    "SELECT display_name FROM user_account ORDER BY id DESC LIMIT 1"),
            new Field(Form.KIOSK, "new-kiosk-name", 60, true, "kiosk_device",
                    "SELECT name FROM kiosk_device ORDER BY id DESC LIMIT 1"),
            new Field(Form.KIOSK, "new-kiosk-location", 100, false, "kiosk_device",
                    "SELECT location FROM kiosk_device ORDER BY id DESC LIMIT 1"),
            new Field(Form.KIOSK, "new-kiosk-queue", 100, false, "kiosk_device",
                    "SELECT printer_queue FROM kiosk_device ORDER BY id DESC LIMIT 1"));

    @Autowired
    FairService fairs;
    @Autowired
    EmployerService employers;
    @Autowired
    JdbcClient jdbc;

    String suffix;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(organiser());
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    static Stream<Arguments> fieldsAndInputs() {
        return FIELDS.stream().flatMap(field -> HostileInput.all().map(input -> Arguments.of(field, input)));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("fieldsAndInputs")
    void everyFieldStoresTheInputExactlyOrSaysWhyNot(Field field, HostileInput input) {
        open(field.form());
        long rowsBefore = rows(field.table());
        valueOf(field.id()).setValue(input.text());
        HasValidation shown = (HasValidation) component(field.id());

        save(field.form());

        Verdict verdict = input.verdictFor(field.max(), field.required());
        if (verdict == Verdict.STORED || verdict == Verdict.STORED_EMPTY) {
            assertThat(shown.isInvalid()).as("field marked invalid: %s", shown.getErrorMessage()).isFalse();
            assertThat(rows(field.table())).isEqualTo(rowsBefore + 1);
            String stored = jdbc.sql(field.latestValue()).query(String.class).optional().orElse(null);
            if (verdict == Verdict.STORED) {
                assertThat(stored).isEqualTo(input.text().strip());
            } else {
                assertThat(stored).isNullOrEmpty();
            }
            assertThat(Screens.notifications()).noneMatch(text -> text.startsWith("操作未能完成"));
        } else {
            assertThat(shown.isInvalid()).isTrue();
            assertThat(shown.getErrorMessage()).isEqualTo(HostileInput.zhMessage(verdict, field.max(), REQUIRED));
            Screens.assertPlainMessage(shown.getErrorMessage());
            assertThat(rows(field.table())).as("rows after a refusal").isEqualTo(rowsBefore);
            assertThat(Screens.notifications()).as("no 'saved', no error popup").isEmpty();
        }
        Screens.assertNoScriptInjected();
    }

    @ParameterizedTest(name = "username ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void aUsernameIsLettersDigitsAndDotsOnly(HostileInput input) {
        open(Form.ACCOUNT);
        long rowsBefore = rows("user_account");
        valueOf("account-username").setValue(input.text());

        save(Form.ACCOUNT);

        TextField username = (TextField) component("account-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isIn(REQUIRED, "用户名须为 3–60 个英文字母、数字或 . _ -");
        assertThat(rows("user_account")).isEqualTo(rowsBefore);
    }

    @Test
    void aPasswordTooLongToHashIsRefusedAtTheFieldNotByAnError() {
        for (String tooLong : List.of(HostileInput.VERY_LONG.text(), "汉".repeat(25))) {
            open(Form.ACCOUNT);
            long rowsBefore = rows("user_account");
            ((PasswordField) component("account-password")).setValue(tooLong);

            save(Form.ACCOUNT);

            PasswordField password = (PasswordField) component("account-password");
            assertThat(password.getErrorMessage()).isEqualTo("密码太长：最多 72 个英文字母或数字（一个汉字算 3 个）");
            assertThat(rows("user_account")).isEqualTo(rowsBefore);
            _click(_get(Button.class, spec -> spec.withId("cancel")));
        }
    }

    @ParameterizedTest(name = "search ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void theSeekerSearchTakesAnythingWithoutAnError(HostileInput input) {
        FairInfo fair = fairs.createFair(new NewFair(null, "搜索测试 " + suffix, "人力资源市场", LocalDate.of(2026, 7, 2),
                LocalTime.of(9, 0), LocalTime.of(12, 0)));
        UI.getCurrent().navigate(SeekersView.class, fair.id());

        ((TextField) component("search")).setValue(input.text());

        TextField search = (TextField) component("search");
        boolean refused = input.verdictFor(60, false) == Verdict.INVISIBLE || input.verdictFor(60, false)
                == Verdict.TOO_LONG;
        assertThat(search.isInvalid()).isEqualTo(refused);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("seekers")))).isZero();
        Screens.assertNoScriptInjected();
    }

    private void open(Form form) {
        switch (form) {
            case FAIR -> {
                UI.getCurrent().navigate(FairsView.class);
                _click(_get(Button.class, spec -> spec.withId("new-fair")));
                valueOf("fair-name").setValue("坏输入测试 " + suffix);
                valueOf("fair-venue").setValue("人力资源市场");
                _get(DatePicker.class, spec -> spec.withId("fair-date")).setValue(LocalDate.of(2026, 7, 1));
            }
            case SERIES -> {
                UI.getCurrent().navigate(SeriesView.class);
                _click(_get(Button.class, spec -> spec.withId("new-series")));
                valueOf("series-name").setValue("坏输入服务月 " + suffix);
            }
            case BOOTH -> {
                UI.getCurrent().navigate(EmployersView.class, newFair().id());
                _click(_get(Button.class, spec -> spec.withId("new-booth")));
                valueOf("booth-employer").setValue("坏输入单位 " + suffix);
                valueOf("booth-number").setValue("Z9");
            }
            case POSITION -> {
                FairInfo fair = newFair();
                employers.placeEmployer(new NewBooth(fair.id(), "坏输入岗位单位 " + suffix, "Z8"));
                UI.getCurrent().navigate(EmployersView.class, fair.id());
                @SuppressWarnings("unchecked")
                Grid<BoothInfo> booths = _get(Grid.class, spec -> spec.withId("booths"));
                booths.select(GridKt._get(booths, 0));
                _click(_get(Button.class, spec -> spec.withId("new-position")));
                valueOf("position-title").setValue("数控车工");
            }
            case ACCOUNT -> {
                UI.getCurrent().navigate(AccountsView.class);
                _click(_get(Button.class, spec -> spec.withId("new-account")));
                valueOf("account-username").setValue("bad." + suffix);
                valueOf("account-display-name").setValue("张燕");
                ((PasswordField) component("account-password")).setValue("a-long-password-1");
            }
            case KIOSK -> {
                UI.getCurrent().navigate(KiosksView.class);
                _click(_get(Button.class, spec -> spec.withId("kiosk-create")));
                valueOf("new-kiosk-name").setValue("坏输入签到机-" + suffix);
            }
        }
    }

    private static void save(Form form) {
        _click(_get(Button.class, spec -> spec.withId(form == Form.KIOSK ? "new-kiosk-save" : "save")));
        MockVaadin.clientRoundtrip();
    }

    private FairInfo newFair() {
        return fairs.createFair(new NewFair(null, "坏输入展位 " + suffix, "人力资源市场", LocalDate.of(2026, 7, 1),
                LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static Component component(String id) {
        return _get(Component.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, String> valueOf(String id) {
        return (HasValue<?, String>) component(id);
    }
}
