package app.fairpass.badinput;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.HostileInput;
import app.fairpass.HostileInput.Verdict;
import app.fairpass.KaribuTest;
import app.fairpass.Screens;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.kiosk.KioskFixture;
import app.fairpass.kiosk.ui.KioskView;
import app.fairpass.register.ui.PublicRegistrationView;
import app.fairpass.security.ui.FirstRunView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
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
 * What job seekers and kiosks type or scan: the registration form on a phone and at the kiosk, "find my pass",
 * the scanner, and the first-run form. Every hostile input is answered in plain Chinese and saves nothing, or is
 * stored exactly as typed.
 */
@SpringBootTest
@ActiveProfiles("test")
class JobSeekerFormsBadInputTest extends KaribuTest {
    private static final String NO_PHONE = "请填写手机号";
    private static final String NOT_DIGITS = "手机号只能填数字（可以带空格或短横线）";

    @Autowired
    KioskFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    FairInfo fair;
    PairedKiosk kiosk;
    long rowsOfPassesBefore;

    /** The registration form lives on the public page and on the kiosk. */
    enum Where {
        PUBLIC_PAGE, KIOSK
    }

    /** A field of the registration form, with where the saved value lands. */
    record Field(String id, int max, boolean required, String column) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final List<Field> REGISTRATION_FIELDS = List.of(new Field("reg-name", 30, true, "name"),
            new Field("reg-line", 30, false, "badge_line"));

    @BeforeEach
    void openFairWithAKiosk() {
        fair = fixture.fair("坏输入登记", FairStatus.OPEN);
        kiosk = fixture.pairedKiosk(fair.id(), PrintMode.NONE, null);
    }

    static Stream<Arguments> registrationFieldsAndInputs() {
        return Stream.of(Where.values()).flatMap(where -> REGISTRATION_FIELDS.stream()
                .flatMap(field -> HostileInput.all().map(input -> Arguments.of(where, field, input))));
    }

    @ParameterizedTest(name = "{0} {1} ← {2}")
    @MethodSource("registrationFieldsAndInputs")
    void registrationStoresTheAnswerExactlyOrSaysWhyNot(Where where, Field field, HostileInput input) {
        openRegistration(where);
        long seekersBefore = rows("job_seeker");
        text("reg-name").setValue("张燕");
        text("reg-phone").setValue(fixture.newPhone());
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        TextField shown = text(field.id());
        shown.setValue(input.text());

        _click(_get(Button.class, spec -> spec.withId(where == Where.KIOSK ? "walk-up-submit" : "register-submit")));

        Verdict verdict = input.verdictFor(field.max(), field.required());
        if (verdict == Verdict.STORED || verdict == Verdict.STORED_EMPTY) {
            assertThat(rows("job_seeker")).isEqualTo(seekersBefore + 1);
            String stored = jdbc.sql("SELECT " + field.column() + " FROM job_seeker ORDER BY id DESC LIMIT 1")
                    .query(String.class).optional().orElse(null);
            if (verdict == Verdict.STORED) {
                assertThat(stored).isEqualTo(input.text().strip());
            } else {
                assertThat(stored).isNull();
            }
        } else {
            assertThat(shown.isInvalid()).isTrue();
            assertThat(shown.getErrorMessage()).isEqualTo(HostileInput.zhMessage(verdict, field.max(), "请填写姓名"));
            Screens.assertPlainMessage(shown.getErrorMessage());
            assertThat(rows("job_seeker")).as("rows after a refusal").isEqualTo(seekersBefore);
            assertThat(rows("pass")).isEqualTo(rowsOfPassesBefore);
        }
        Screens.assertNoScriptInjected();
    }

    static Stream<Arguments> phoneFieldsAndInputs() {
        return Stream.of(Where.values()).flatMap(where -> HostileInput.all().map(input -> Arguments.of(where,
                input)));
    }

    @ParameterizedTest(name = "{0} phone ← {1}")
    @MethodSource("phoneFieldsAndInputs")
    void aPhoneNumberIsElevenDigitsOrRefused(Where where, HostileInput input) {
        openRegistration(where);
        long seekersBefore = rows("job_seeker");
        text("reg-name").setValue("张燕");
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        text("reg-phone").setValue(input.text());

        _click(_get(Button.class, spec -> spec.withId(where == Where.KIOSK ? "walk-up-submit" : "register-submit")));

        assertThat(text("reg-phone").getErrorMessage()).isEqualTo(input.text().isBlank() ? NO_PHONE : NOT_DIGITS);
        assertThat(text("reg-phone").getValue()).as("kept as typed").isEqualTo(input.text());
        assertThat(rows("job_seeker")).isEqualTo(seekersBefore);
    }

    @ParameterizedTest(name = "find my pass ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void findMyPassRefusesAnythingButAPhoneNumber(HostileInput input) {
        openKiosk();
        _click(_get(Button.class, spec -> spec.withId("find-pass")));
        text("find-phone").setValue(input.text());

        _click(_get(Button.class, spec -> spec.withId("find-search")));

        assertThat(text("find-phone").isInvalid()).isTrue();
        assertThat(text("find-phone").getErrorMessage()).isEqualTo(input.text().isBlank() ? NO_PHONE : NOT_DIGITS);
        assertThat(_find(Component.class, spec -> spec.withId("find-question"))).isEmpty();
    }

    static Stream<String> scannedCodes() {
        return Stream.concat(HostileInput.all().map(HostileInput::text),
                Stream.of(HostileInput.FORGED_CODE, "FORGED_REAL", "OTHER_FAIR"));
    }

    @ParameterizedTest(name = "scan ← {index}")
    @MethodSource("scannedCodes")
    void aScanOfAnythingButAPassOfThisFairChecksNoOneInAndIsLogged(String scanned) {
        PassRef own = fixture.register(fair.id(), "张燕", fixture.newPhone());
        FairInfo other = fixture.fair("另一场招聘会", FairStatus.OPEN);
        PassRef elsewhere = fixture.register(other.id(), "李雷", fixture.newPhone());
        String code = switch (scanned) {
            case "FORGED_REAL" -> HostileInput.forge(own.code().text());
            case "OTHER_FAIR" -> elsewhere.code().text();
            default -> scanned;
        };
        openKiosk();
        long checkInsBefore = rows("check_in");

        KioskFixture.scanAtKiosk(code, UUID.randomUUID().toString());

        String panel = scanned.equals("OTHER_FAIR") ? "result-wrong-fair" : "result-invalid-code";
        assertThat(_find(Component.class, spec -> spec.withId(panel))).as("result shown").hasSize(1);
        Screens.assertPlainMessage(_get(Component.class, spec -> spec.withId("result-text")).getElement().getText());
        assertThat(rows("check_in")).isEqualTo(checkInsBefore);
        assertThat(jdbc.sql("SELECT outcome FROM scan_log WHERE kiosk_id = ? ORDER BY id DESC LIMIT 1")
                .param(kiosk.kiosk().kioskId()).query(String.class).single())
                .isEqualTo(scanned.equals("OTHER_FAIR") ? "WRONG_FAIR" : "INVALID_CODE");
        Screens.assertNoScriptInjected();
    }

    @Test
    void aScanEventWithoutACodeIsIgnoredAndAMegabyteCodeIsOnlyInvalid() {
        openKiosk();
        long scansBefore = rows("scan_log");
        KioskView view = _get(KioskView.class);
        JsonObject numberForCode = Json.createObject();
        numberForCode.put("event.detail.code", 42);

        _fireDomEvent(view.getElement(), new DomEvent(view.getElement(), "fp-code", Json.createObject()));
        _fireDomEvent(view.getElement(), new DomEvent(view.getElement(), "fp-code", numberForCode));
        assertThat(_find(Component.class, spec -> spec.withId("idle-title"))).hasSize(1);
        KioskFixture.scanAtKiosk(HostileInput.ONE_MEGABYTE, HostileInput.ONE_MEGABYTE);

        assertThat(_find(Component.class, spec -> spec.withId("result-invalid-code"))).hasSize(1);
        assertThat(rows("scan_log")).isEqualTo(scansBefore + 1);
    }

    @ParameterizedTest(name = "first run: display name ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void theFirstRunFormRefusesBadNamesAtTheField(HostileInput input) {
        UI.getCurrent().add(new FirstRunView(accounts));
        long accountsBefore = rows("user_account");
        text("setup-code").setValue("00000000");
        text("username").setValue("first." + UUID.randomUUID().toString().substring(0, 6));
        text("display-name").setValue(input.text());
        _get(PasswordField.class, spec -> spec.withId("password")).setValue("a-long-password");
        _get(PasswordField.class, spec -> spec.withId("repeat")).setValue("a-long-password");

        _click(_get(Button.class, spec -> spec.withId("create")));

        Verdict verdict = input.verdictFor(100, true);
        TextField name = text("display-name");
        if (verdict == Verdict.STORED) {
            assertThat(name.isInvalid()).isFalse();
        } else {
            assertThat(name.getErrorMessage()).isEqualTo(HostileInput.zhMessage(verdict, 100, "此项必填"));
        }
        assertThat(rows("user_account")).as("a wrong set-up code creates nobody").isEqualTo(accountsBefore);
    }

    @Test
    void theFirstRunFormRefusesAPasswordTooLongToHash() {
        UI.getCurrent().add(new FirstRunView(accounts));
        String tooLong = "汉".repeat(25);
        _get(PasswordField.class, spec -> spec.withId("password")).setValue(tooLong);
        _get(PasswordField.class, spec -> spec.withId("repeat")).setValue(tooLong);

        _click(_get(Button.class, spec -> spec.withId("create")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getErrorMessage())
                .isEqualTo("密码太长：最多 72 个英文字母或数字（一个汉字算 3 个）");
    }

    private void openRegistration(Where where) {
        rowsOfPassesBefore = rows("pass");
        if (where == Where.KIOSK) {
            openKiosk();
            _click(_get(Button.class, spec -> spec.withId("walk-up")));
        } else {
            UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        }
    }

    private void openKiosk() {
        signIn(KioskFixture.kioskAuthentication(kiosk.kiosk()), "KIOSK");
        UI.getCurrent().navigate(KioskView.class);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
