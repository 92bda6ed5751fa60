package app.fairpass.register;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.kiosk.KioskFixture;
import app.fairpass.printing.qr.QrCodes;
import app.fairpass.register.ui.PublicRegistrationView;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A name with a character no badge font has gets a warning at the field, and may still be registered. */
@SpringBootTest
@ActiveProfiles("test")
class UnprintableNameViewTest extends KaribuTest {
    /** CJK Extension G: neither bundled font has it. */
    private static final String EXTENSION_G = Character.toString(0x30000);

    @Autowired
    KioskFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNameThatCannotPrintIsWarnedAboutAndStillRegisters() throws Exception {
        FairInfo fair = fixture.fair("公开报名", FairStatus.OPEN);
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        String name = "吉" + EXTENSION_G + "祥" + fixture.newPhone().substring(7);

        nameField().setValue(name);

        assertThat(warning()).isEqualTo("“" + EXTENSION_G + "”无法印在胸牌和入场凭证上，会显示为 □。"
                + "可以改用同音字或拼音，也可以不改，照常提交。");
        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue(fixture.newPhone());
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(
                DownloadKt.download(_get(Image.class, spec -> spec.withId("pass-qr")))));
        assertThat(QrCodes.decode(qr)).as("the pass shown")
                .hasValueSatisfying(code -> assertThat(code).startsWith("FP1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE name = ?").param(name).query(Long.class).single())
                .as("saved as typed").isEqualTo(1);
    }

    @Test
    void namesTheFontsCanPrintGetNoWarningAndCorrectingTheNameRemovesIt() {
        FairInfo fair = fixture.fair("公开报名", FairStatus.OPEN);
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));

        nameField().setValue("王堃珺");
        assertThat(warningShown()).isFalse();

        nameField().setValue("吉𠮷祥"); // Extension B, printed from the fallback font
        assertThat(warningShown()).isFalse();

        nameField().setValue("李" + EXTENSION_G);
        assertThat(warningShown()).isTrue();
        nameField().setValue("李吉");
        assertThat(warningShown()).isFalse();
    }

    @Test
    void theWarningIsInEnglishForEnglish() {
        FairInfo fair = fixture.fair("公开报名", FairStatus.OPEN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));

        nameField().setValue("Li \uE000😀");

        assertThat(warning()).isEqualTo("“\uE000😀” cannot be printed on the badge or the pass and will show as □."
                + " You may write it with a homophone or in pinyin, or leave it and carry on.");
    }

    private static TextField nameField() {
        return _get(TextField.class, spec -> spec.withId("reg-name"));
    }

    private static boolean warningShown() {
        return nameField().getHelperComponent() != null;
    }

    private static String warning() {
        Component helper = nameField().getHelperComponent();
        assertThat(helper).as("warning under the name").isNotNull();
        assertThat(helper.getId()).hasValue("reg-name-warning");
        return helper.getElement().getText();
    }
}
