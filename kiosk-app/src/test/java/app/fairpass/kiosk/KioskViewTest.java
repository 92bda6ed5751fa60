package app.fairpass.kiosk;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.kiosk.ui.KioskView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The kiosk screen driven server-side: every result, the return to idle, walk-up and "find my pass". */
@SpringBootTest
@ActiveProfiles("test")
class KioskViewTest extends KaribuTest {
    @Autowired
    KioskFixture fixture;
    @Autowired
    ManualScreenTimer timer;
    @Autowired
    JdbcClient jdbc;

    FairInfo fair;
    PairedKiosk kiosk;

    @BeforeEach
    void pairedKiosk() {
        timer.clear();
        fair = fixture.fair("签到界面测试", FairStatus.OPEN);
        kiosk = fixture.pairedKiosk(fair.id(), PrintMode.BROWSER, null);
    }

    @Test
    void anUnpairedBrowserSeesOnlyThePairingFormAndChecksNoOneIn() {
        PassRef pass = fixture.register(fair.id(), "陈喆", fixture.newPhone());
        UI.getCurrent().navigate(KioskView.class);

        KioskFixture.scanAtKiosk(pass.code().text());

        assertThat(text("pairing-title")).isEqualTo("这台设备还不是签到机");
        assertThat(checkIns(pass)).isZero();
    }

    @Test
    void anUnpairedBrowserIsToldWhyPairingFailedOrIsPaused() {
        UI.getCurrent().navigate("kiosk", QueryParameters.of("pairing", "failed"));
        assertThat(text("pairing-error")).isEqualTo("配对码不正确或已过期，请向管理员要一个新的配对码。");

        UI.getCurrent().navigate("kiosk", QueryParameters.of("pairing", "paused"));
        assertThat(text("pairing-error")).isEqualTo("配对码错误次数太多，配对已暂停。请稍后再试，或请管理员协助。");
    }

    @Test
    void theIdleScreenAsksForThePassAndNamesTheFair() {
        openKiosk();

        assertThat(text("idle-title")).isEqualTo("请扫描您的入场凭证");
        assertThat(_get(Component.class, spec -> spec.withId("fair-name")).getElement().getText())
                .isEqualTo(fair.name());
        assertThat(_get(Button.class, spec -> spec.withId("walk-up")).getText()).isEqualTo("没有凭证？现场登记");
        assertThat(_get(Button.class, spec -> spec.withId("find-pass")).getText()).isEqualTo("找回凭证");
    }

    @Test
    void aScanWelcomesByNamePrintsTheBadgeAndReturnsToIdleByItself() {
        PassRef pass = fixture.register(fair.id(), "王芳", fixture.newPhone());
        openKiosk();

        KioskFixture.scanAtKiosk(pass.code().text());

        assertThat(_get(H1.class, spec -> spec.withText("王芳，欢迎您！"))).isNotNull();
        assertThat(text("result-next")).isEqualTo("签到成功。请取走您的胸牌，前往展位。");
        _assertOne(IFrame.class, spec -> spec.withId("badge-frame"));
        browserPrinted("");
        assertThat(text("result-next")).isEqualTo("签到成功。请取走您的胸牌，前往展位。");
        assertThat(badgeAudit(pass)).as("a first badge that printed adds nothing to the check-in's entry").isEmpty();
        assertThat(checkIns(pass)).isEqualTo(1);
        assertThat(timer.lastDelay()).isEqualTo(Duration.ofSeconds(8));

        timer.fire();

        assertThat(text("idle-title")).isEqualTo("请扫描您的入场凭证");
    }

    @Test
    void whenTheServerPrinterFailsTheCheckInStandsAndTheScreenSaysWhereToGetABadge() throws Exception {
        kiosk = fixture.pairedKiosk(fair.id(), PrintMode.SERVER_QUEUE, "NoSuchQueue-" + UUID.randomUUID());
        PassRef pass = fixture.register(fair.id(), "冯磊", fixture.newPhone());
        openKiosk();

        KioskFixture.scanAtKiosk(pass.code().text());

        assertThat(checkIns(pass)).isEqualTo(1);
        String expected = "胸牌没有打印出来。您已签到成功，请到服务台领取胸牌。";
        for (int i = 0; i < 100 && !text("result-next").equals(expected); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        assertThat(text("result-next")).isEqualTo(expected);
    }

    @Test
    void aDoubleScanKeepsTheWelcomeAndItsOneBadge() {
        PassRef pass = fixture.register(fair.id(), "王芳", fixture.newPhone());
        openKiosk();

        KioskFixture.scanAtKiosk(pass.code().text());
        KioskFixture.scanAtKiosk(pass.code().text());

        assertThat(_get(H1.class, spec -> spec.withText("王芳，欢迎您！"))).isNotNull();
        _assertNone(Paragraph.class, spec -> spec.withId("result-when"));
        assertThat(_find(IFrame.class, spec -> spec.withId("badge-frame"))).hasSize(1);
        assertThat(checkIns(pass)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scan_log WHERE pass_id = ?").param(pass.passId())
                .query(Long.class).single()).as("both scans logged").isEqualTo(2);
    }

    @Test
    void aSecondScanSaysWhenAndReprintsOnRequestAudited() {
        PassRef pass = fixture.register(fair.id(), "李娜", fixture.newPhone());
        openKiosk();
        KioskFixture.scanAtKiosk(pass.code().text());
        _click(_get(Button.class, spec -> spec.withId("done")));

        KioskFixture.scanAtKiosk(pass.code().text());

        assertThat(text("result-when")).matches("您在 \\d\\d:\\d\\d 已经签到。需要重新打印胸牌吗？");
        _click(_get(Button.class, spec -> spec.withId("reprint")));
        assertThat(text("result-when")).isEqualTo("正在重新打印，请稍候取走胸牌。");
        assertThat(badgeAudit(pass)).as("audited once the browser has printed it").isEmpty();
        browserPrinted("");
        assertThat(badgeAudit(pass)).containsExactly("BADGE_REPRINTED kiosk:" + kiosk.kiosk().kioskId());
        assertThat(checkIns(pass)).isEqualTo(1);
    }

    @Test
    void aBadgeTheBrowserCouldNotPrintSendsThePersonToTheHelpDeskAndTheAuditSaysWhy() {
        PassRef pass = fixture.register(fair.id(), "赵敏", fixture.newPhone());
        openKiosk();
        KioskFixture.scanAtKiosk(pass.code().text());

        browserPrinted("the frame did not load the badge (refused or an error page)");

        assertThat(text("result-next")).isEqualTo("胸牌没有打印出来。您已签到成功，请到服务台领取胸牌。");
        assertThat(badgeAudit(pass)).containsExactly("BADGE_NOT_PRINTED kiosk:" + kiosk.kiosk().kioskId()
                + ", first badge: browser print: the frame did not load the badge (refused or an error page)");
        assertThat(checkIns(pass)).isEqualTo(1);
    }

    @Test
    void anotherFairsPassNamesThatFair() {
        FairInfo other = fixture.fair("盛泽镇专场", FairStatus.OPEN);
        PassRef elsewhere = fixture.register(other.id(), "张燕", fixture.newPhone());
        openKiosk();

        KioskFixture.scanAtKiosk(elsewhere.code().text());

        assertThat(text("result-text")).isEqualTo("这张凭证属于：" + other.name() + "。如有疑问，请到服务台。");
    }

    @Test
    void unreadableUnknownAndCancelledPassesSendToTheHelpDesk() {
        PassRef unknown = fixture.register(fair.id(), "赵雷", fixture.newPhone());
        jdbc.sql("DELETE FROM pass WHERE id = ?").param(unknown.passId()).update();
        PassRef revoked = fixture.register(fair.id(), "钱敏", fixture.newPhone());
        jdbc.sql("UPDATE pass SET status = 'REVOKED' WHERE id = ?").param(revoked.passId()).update();
        openKiosk();

        KioskFixture.scanAtKiosk("HELLO-WORLD");
        assertThat(_get(H1.class, spec -> spec.withText("无法识别这个二维码"))).isNotNull();

        KioskFixture.scanAtKiosk(unknown.code().text());
        assertThat(_get(H1.class, spec -> spec.withText("没有找到这张凭证"))).isNotNull();
        assertThat(text("result-text")).isEqualTo("请到服务台，工作人员会帮助您。");

        KioskFixture.scanAtKiosk(revoked.code().text());
        assertThat(_get(H1.class, spec -> spec.withText("这张凭证已作废"))).isNotNull();
        assertThat(checkIns(revoked)).isZero();
    }

    @Test
    void aFairThatIsNotOpenChecksNoOneIn() {
        FairInfo planned = fixture.fair("下周的招聘会", FairStatus.PLANNED);
        kiosk = fixture.pairedKiosk(planned.id(), PrintMode.NONE, null);
        PassRef pass = fixture.register(planned.id(), "孙丽", fixture.newPhone());
        openKiosk();

        KioskFixture.scanAtKiosk(pass.code().text());

        assertThat(_get(H1.class, spec -> spec.withText("招聘会现在不在签到时间"))).isNotNull();
        assertThat(checkIns(pass)).isZero();
    }

    @Test
    void walkUpRegistrationSaysWhatIsWrongAtTheFieldAndByTheButtonThenRegistersAndChecksIn() {
        openKiosk();
        _click(_get(Button.class, spec -> spec.withId("walk-up")));
        String name = "周" + UUID.randomUUID().toString().substring(0, 4);
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue(name);
        TextField phoneField = _get(TextField.class, spec -> spec.withId("reg-phone"));
        phoneField.setValue("138 1234 56");

        _click(_get(Button.class, spec -> spec.withId("walk-up-submit")));

        assertThat(phoneField.isInvalid()).isTrue();
        assertThat(phoneField.getErrorMessage()).isEqualTo("手机号少了2位：已输入9位，应为11位");
        assertThat(text("reg-consent-error")).isEqualTo("需要您同意处理个人信息，才能登记");
        assertThat(text("reg-problems")).isEqualTo("请检查上面标红的2处内容。第一处：手机号少了2位：已输入9位，应为11位");
        assertThat(phoneField.getValue()).as("nothing typed is lost").isEqualTo("138 1234 56");
        assertThat(seekersNamed(name)).isZero();

        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("walk-up-submit")));

        Component problems = _get(Component.class, spec -> spec.withId("reg-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(text("reg-problems")).isEqualTo("请检查上面标红的内容。手机号少了2位：已输入9位，应为11位");
        List<Component> screen = problems.getParent().orElseThrow().getChildren().toList();
        assertThat(screen.get(screen.indexOf(problems) + 1)).as("the message right above the button")
                .isSameAs(_get(Button.class, spec -> spec.withId("walk-up-submit")));

        phoneField.setValue("+86 138 1234 5678");
        _click(_get(Button.class, spec -> spec.withId("reg-edu-BACHELOR")));
        _click(_get(Button.class, spec -> spec.withId("walk-up-submit")));

        assertThat(_get(H1.class, spec -> spec.withText(name + "，欢迎您！"))).isNotNull();
        assertThat(jdbc.sql("SELECT s.phone FROM check_in c JOIN pass p ON p.id = c.pass_id JOIN job_seeker s"
                + " ON s.id = p.job_seeker_id WHERE s.name = ? AND s.registered_via = 'KIOSK'").param(name)
                .query(String.class).list()).containsExactly("13812345678");
    }

    @Test
    void walkUpInEnglishSaysTheSameInEnglish() {
        openKiosk();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("walk-up")));
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue("Anna");
        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue("1381234567");
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);

        _click(_get(Button.class, spec -> spec.withId("walk-up-submit")));

        assertThat(_get(TextField.class, spec -> spec.withId("reg-phone")).getErrorMessage())
                .isEqualTo("The mobile number is one digit short: 10 entered, 11 needed");
        assertThat(text("reg-problems")).isEqualTo(
                "Please check what is marked in red above. The mobile number is one digit short: 10 entered, 11 needed");
    }

    @Test
    void findMyPassShowsTheNameMaskedAndChecksIn() {
        String phone = fixture.newPhone();
        PassRef pass = fixture.register(fair.id(), "张小燕", phone);
        openKiosk();
        _click(_get(Button.class, spec -> spec.withId("find-pass")));

        _get(TextField.class, spec -> spec.withId("find-phone")).setValue(fixture.newPhone());
        _click(_get(Button.class, spec -> spec.withId("find-search")));
        assertThat(_get(Component.class, spec -> spec.withId("find-answer")).getElement().getTextRecursively())
                .contains("没有找到这个手机号的登记");

        TextField findPhone = _get(TextField.class, spec -> spec.withId("find-phone"));
        findPhone.setValue(phone.substring(0, 9));
        _click(_get(Button.class, spec -> spec.withId("find-search")));
        assertThat(findPhone.getErrorMessage()).isEqualTo("手机号少了2位：已输入9位，应为11位");
        assertThat(_find(Component.class, spec -> spec.withId("find-question"))).isEmpty();

        findPhone.setValue("+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7));
        _click(_get(Button.class, spec -> spec.withId("find-search")));
        assertThat(findPhone.isInvalid()).isFalse();
        assertThat(findPhone.getValue()).as("shown as stored").isEqualTo(phone);
        assertThat(text("find-question")).isEqualTo("找到登记：张*燕。是您本人吗？");
        _click(_get(Button.class, spec -> spec.withId("find-yes")));

        assertThat(_get(H1.class, spec -> spec.withText("张小燕，欢迎您！"))).isNotNull();
        assertThat(checkIns(pass)).isEqualTo(1);
    }

    @Test
    void anAbandonedFormGoesBackToIdleAndScansAreIgnoredWhileItIsOpen() {
        PassRef pass = fixture.register(fair.id(), "吴刚", fixture.newPhone());
        openKiosk();
        _click(_get(Button.class, spec -> spec.withId("walk-up")));

        KioskFixture.scanAtKiosk(pass.code().text());
        assertThat(checkIns(pass)).isZero();
        assertThat(timer.lastDelay()).isEqualTo(Duration.ofMinutes(3));

        timer.fire();

        _assertOne(KioskView.class);
        assertThat(text("idle-title")).isEqualTo("请扫描您的入场凭证");
        _assertNone(TextField.class);
    }

    @Test
    void anUntendedKioskReconnectsAndReloadsByItself() {
        openKiosk();

        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).isEqualTo("正在重新连接…");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getReconnectAttempts()).isGreaterThan(10_000);
        SystemMessages messages = VaadinService.getCurrent().getSystemMessages(Locale.CHINA, null);
        assertThat(messages.isSessionExpiredNotificationEnabled()).as("reloads instead of asking").isFalse();
        assertThat(messages.getSessionExpiredURL()).as("reloads this page").isNull();
    }

    @Test
    void aBadgeReportedUnprintedAfterThePersonLeftIsAuditedAndLeavesTheNextPersonsScreenAlone() {
        PassRef pass = fixture.register(fair.id(), "孙悦", fixture.newPhone());
        openKiosk();
        KioskFixture.scanAtKiosk(pass.code().text());
        _click(_get(Button.class, spec -> spec.withId("done")));
        timer.clear();

        browserPrinted("the badge did not load within 4 s");

        assertThat(text("idle-title")).isEqualTo("请扫描您的入场凭证");
        assertThat(timer.lastDelay()).as("no start-over timer for a screen that is gone").isNull();
        assertThat(badgeAudit(pass)).containsExactly("BADGE_NOT_PRINTED kiosk:" + kiosk.kiosk().kioskId()
                + ", first badge: browser print: the badge did not load within 4 s");
    }

    @Test
    void aWalkUpWithAPhoneAlreadyRegisteredChangesNothingAndAsksTheOwnerToConfirm() {
        String phone = fixture.newPhone();
        PassRef owner = fixture.register(fair.id(), "王堃珺", phone);
        String before = seekerAnswers(phone);
        openKiosk();
        _click(_get(Button.class, spec -> spec.withId("walk-up")));
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue("路人甲");
        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue(phone);
        _click(_get(Button.class, spec -> spec.withId("reg-edu-MASTER")));
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);

        _click(_get(Button.class, spec -> spec.withId("walk-up-submit")));

        assertThat(text("find-title")).isEqualTo("这个手机号已经登记过了");
        assertThat(text("find-question")).isEqualTo("找到登记：王*珺。是您本人吗？");
        assertThat(seekerAnswers(phone)).isEqualTo(before).startsWith("王堃珺|BACHELOR|软件开发");
        assertThat(seekersNamed("路人甲")).isZero();
        assertThat(checkIns(owner)).isZero();
        _assertNone(H1.class, spec -> spec.withText("王堃珺，欢迎您！"));

        _click(_get(Button.class, spec -> spec.withId("find-not-me")));
        assertThat(text("find-not-me-text")).isEqualTo("这个手机号已被别人登记。请到服务台，工作人员会帮助您登记。");
        assertThat(checkIns(owner)).isZero();
    }

    @Test
    void theOwnerOfAKnownPhoneConfirmsAtWalkUpAndIsCheckedInAsThemselves() {
        String phone = fixture.newPhone();
        FairInfo lastWeek = fixture.fair("上周的招聘会", FairStatus.OPEN);
        fixture.register(lastWeek.id(), "王堃珺", phone);
        openKiosk();
        _click(_get(Button.class, spec -> spec.withId("walk-up")));
        _get(TextField.class, spec -> spec.withId("reg-name")).setValue("王堃珺");
        _get(TextField.class, spec -> spec.withId("reg-phone")).setValue(phone);
        _get(Checkbox.class, spec -> spec.withId("reg-consent-processing")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("walk-up-submit")));

        _click(_get(Button.class, spec -> spec.withId("find-yes")));

        assertThat(_get(H1.class, spec -> spec.withText("王堃珺，欢迎您！"))).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in c JOIN pass p ON p.id = c.pass_id JOIN job_seeker s"
                + " ON s.id = p.job_seeker_id WHERE s.phone = ? AND c.fair_id = ?").params(phone, fair.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(seekerAnswers(phone)).startsWith("王堃珺|BACHELOR|软件开发");
    }

    @Test
    void theNextPersonGetsChineseAfterDoneAfterTheTimerAndAfterAReload() {
        PassRef pass = fixture.register(fair.id(), "Anna", fixture.newPhone());
        openKiosk();
        _click(_get(Button.class, spec -> spec.withId("language")));
        assertThat(text("idle-title")).as("the switch itself reloads into English").isEqualTo("Scan your pass");

        KioskFixture.scanAtKiosk(pass.code().text());
        _click(_get(Button.class, spec -> spec.withId("done")));
        assertThat(text("idle-title")).isEqualTo("请扫描您的入场凭证");

        _click(_get(Button.class, spec -> spec.withId("language")));
        _click(_get(Button.class, spec -> spec.withId("walk-up")));
        timer.fire();
        assertThat(text("idle-title")).isEqualTo("请扫描您的入场凭证");

        _click(_get(Button.class, spec -> spec.withId("language")));
        UI.getCurrent().getPage().reload();
        assertThat(text("idle-title")).isEqualTo("请扫描您的入场凭证");
    }

    /** What the kiosk page's print frame reports: "" once it called print on the loaded badge, else the problem. */
    private static void browserPrinted(String problem) {
        JsonObject detail = Json.createObject();
        detail.put("event.detail", problem);
        Element frame = _get(IFrame.class, spec -> spec.withId("badge-frame")).getElement();
        _fireDomEvent(frame, new DomEvent(frame, "fp-badge-print", detail));
    }

    private List<String> badgeAudit(PassRef pass) {
        return jdbc.sql("SELECT action || COALESCE(' ' || detail, '') FROM audit_log WHERE action LIKE 'BADGE%'"
                + " AND target = ? ORDER BY id").param("pass:" + pass.passId()).query(String.class).list();
    }

    private String seekerAnswers(String phone) {
        return jdbc.sql("SELECT name || '|' || COALESCE(education, '') || '|' || COALESCE(badge_line, '') || '|'"
                + " || show_badge_line FROM job_seeker WHERE phone = ?").param(phone).query(String.class).single();
    }

    private void openKiosk() {
        signIn(KioskFixture.kioskAuthentication(kiosk.kiosk()), "KIOSK");
        UI.getCurrent().navigate(KioskView.class);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private long checkIns(PassRef pass) {
        return jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId()).query(Long.class)
                .single();
    }

    private long seekersNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE name = ?").param(name).query(Long.class).single();
    }
}
