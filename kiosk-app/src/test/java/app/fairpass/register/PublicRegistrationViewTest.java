package app.fairpass.register;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.limits.AttemptLimiter;
import app.fairpass.core.limits.Limit;
import app.fairpass.kiosk.KioskFixture;
import app.fairpass.printing.qr.QrCodes;
import app.fairpass.register.ui.PublicRegistrationView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The public page: anyone may open it, bad answers save nothing, a closed fair takes no one. */
@SpringBootTest
@ActiveProfiles("test")
class PublicRegistrationViewTest extends KaribuTest {
    @Autowired
    KioskFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AttemptLimiter limiter;

    @Test
    void badAnswersAreNamedAndSaveNothingThenThePassIsShown() throws Exception {
        FairInfo fair = fixture.fair("公开报名", FairStatus.PLANNED);
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        String name = "郑" + UUID.randomUUID().toString().substring(0, 4);
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue(name);

        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(_get(TextField.class, spec -> spec.withId("reg-phone")).getErrorMessage())
                .isEqualTo("请填写手机号");
        Component problems = _get(Component.class, spec -> spec.withId("reg-problems"));
        assertThat(problems.getElement().getText()).isEqualTo("请检查上面标红的2处内容。第一处：请填写手机号");
        List<Component> page = problems.getParent().orElseThrow().getChildren().toList();
        assertThat(page.get(page.indexOf(problems) + 1)).as("the message right above the button")
                .isSameAs(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE name = ?").param(name).query(Long.class)
                .single()).isZero();
        _assertNone(Image.class);

        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue(fixture.newPhone());
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        String shortId = _get(Component.class, spec -> spec.withId("pass-short-id")).getElement().getText();
        assertThat(shortId).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(jdbc.sql("SELECT registered_via FROM job_seeker WHERE name = ?").param(name)
                .query(String.class).single()).isEqualTo("ONLINE");
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(
                DownloadKt.download(_get(Image.class, spec -> spec.withId("pass-qr")))));
        String code = QrCodes.decode(qr).orElseThrow();
        assertThat(code).as("the QR on screen").startsWith("FP1").contains(shortId.replace("-", ""));
        Anchor pdfLink = _get(Anchor.class, spec -> spec.withId("pass-pdf"));
        assertThat(pdfLink.getElement().hasAttribute("download")).as("saved, not opened in place").isTrue();
        try (PDDocument pdf = Loader.loadPDF(DownloadKt._download(pdfLink))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(name, shortId);
            assertThat(QrCodes.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150))).as("the QR in the PDF")
                    .contains(code);
        }
    }

    @Test
    void aReloadShowsThePassAgainInThisBrowserOnlyUntilSomeoneElseRegisters() throws Exception {
        FairInfo fair = fixture.fair("公开报名", FairStatus.OPEN);
        String name = "邱" + UUID.randomUUID().toString().substring(0, 4);
        fillIn(fair, name);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        String shortId = _get(Component.class, spec -> spec.withId("pass-short-id")).getElement().getText();

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));

        assertThat(_get(Component.class, spec -> spec.withId("pass-short-id")).getElement().getText())
                .isEqualTo(shortId);
        assertThat(QrCodes.decode(ImageIO.read(new ByteArrayInputStream(DownloadKt.download(
                _get(Image.class, spec -> spec.withId("pass-qr"))))))).as("the pass's QR").isPresent();
        assertThat(_get(H2.class).getText()).isEqualTo(name);
        _assertNone(TextField.class);

        anotherBrowser();
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        _assertNone(Image.class);
        _get(TextField.class, spec -> spec.withId("reg-name"));

        anotherBrowser();
        fillIn(fair, "冯" + UUID.randomUUID().toString().substring(0, 4));
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        _click(_get(Button.class, spec -> spec.withId("register-another")));
        assertThat(_get(TextField.class, spec -> spec.withId("reg-name")).getValue()).isEmpty();
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        _assertNone(Image.class);
    }

    @Test
    void aPhoneAlreadyRegisteredGetsNoPassHereAndChangesNothing() {
        FairInfo fair = fixture.fair("公开报名", FairStatus.OPEN);
        String phone = fixture.newPhone();
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue("本人");
        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue(phone);
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        anotherBrowser();
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue("冒名者");
        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue(phone);
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(_get(Component.class, spec -> spec.withId("phone-known")).getElement().getText()).contains("找回凭证");
        _assertNone(Image.class);
        assertThat(jdbc.sql("SELECT name FROM job_seeker WHERE phone = ?").param(phone).query(String.class).single())
                .isEqualTo("本人");
    }

    @Test
    void oneAddressRegisteringTooOftenIsPausedAndNothingIsSaved() {
        FairInfo fair = fixture.fair("公开报名", FairStatus.OPEN);
        String address = VaadinSession.getCurrent().getBrowser().getAddress();
        limiter.forgive(Limit.REGISTRATIONS_PER_ADDRESS, address);
        int allowed = 0;
        while (limiter.allows(Limit.REGISTRATIONS_PER_ADDRESS, address)) {
            limiter.count(Limit.REGISTRATIONS_PER_ADDRESS, address);
            allowed++;
        }
        limiter.forgive(Limit.REGISTRATIONS_PER_ADDRESS, address);
        for (int i = 0; i < allowed - 1; i++) {
            limiter.count(Limit.REGISTRATIONS_PER_ADDRESS, address);
        }
        try {
            String last = "最后" + UUID.randomUUID().toString().substring(0, 4);
            String refused = "多余" + UUID.randomUUID().toString().substring(0, 4);
            fillIn(fair, last);
            _click(_get(Button.class, spec -> spec.withId("register-submit")));
            _get(Image.class, spec -> spec.withId("pass-qr"));

            anotherBrowser(); // another phone on the same network
            fillIn(fair, refused);
            _click(_get(Button.class, spec -> spec.withId("register-submit")));

            assertThat(LocatorJ._get(Notification.class).getElement().getProperty("text"))
                    .isEqualTo("这个网络刚才提交了太多次登记，请稍后再试，或到现场服务台登记。");
            _assertNone(Image.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE name IN (?, ?)").params(last, refused)
                    .query(Long.class).single()).as("the last allowed one saved, the refused one not").isEqualTo(1);
        } finally {
            limiter.forgive(Limit.REGISTRATIONS_PER_ADDRESS, address);
        }
    }

    private void fillIn(FairInfo fair, String name) {
        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(fair.id()));
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue(name);
        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue(fixture.newPhone());
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
    }

    @Test
    void aClosedOrUnknownFairTakesNoRegistrations() {
        FairInfo closed = fixture.fair("已结束的招聘会", FairStatus.CLOSED);

        UI.getCurrent().navigate(PublicRegistrationView.class, String.valueOf(closed.id()));
        assertThat(_get(Component.class, spec -> spec.withId("fair-unavailable")).getElement().getText())
                .isEqualTo("这场招聘会现在不接受报名。");
        _assertNone(TextField.class);

        for (String noFair : new String[] {"987654321", "abc", "12abc", "99999999999999999999"}) {
            UI.getCurrent().navigate("register/" + noFair);
            assertThat(_get(H1.class, spec -> spec.withId("no-such-fair")).getText()).as(noFair)
                    .isEqualTo("没有找到这场招聘会");
            _assertNone(TextField.class);
        }
    }
}
