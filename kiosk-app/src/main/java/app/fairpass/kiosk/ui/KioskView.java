package app.fairpass.kiosk.ui;

import app.fairpass.admin.i18n.LanguageChoice;
import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInResult;
import app.fairpass.core.seeker.FoundPass;
import app.fairpass.core.seeker.RegistrationResult;
import app.fairpass.core.seeker.SeekerDirectory;
import app.fairpass.core.seeker.SeekerRegistration;
import app.fairpass.kiosk.KioskDesk;
import app.fairpass.kiosk.KioskDesk.Badge;
import app.fairpass.kiosk.KioskDesk.KioskSetup;
import app.fairpass.kiosk.KioskDesk.WalkUpResult;
import app.fairpass.kiosk.ScreenTimer;
import app.fairpass.register.ui.PhoneField;
import app.fairpass.register.ui.SeekerForm;
import app.fairpass.scan.ui.CameraScanner;
import app.fairpass.scan.ui.KeyboardWedge;
import app.fairpass.scan.ui.ScannedCode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The kiosk at the entrance, full screen on a touch device. An unpaired browser sees only the pairing form; a
 * paired one waits for a scan (USB scanner or camera), shows the result in plain words, prints the badge and
 * returns to its start screen by itself. Walk-up registration and "find my pass" for people without a pass.
 */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    /** A half-filled form holds someone's personal data: it does not stay on a public screen for long. */
    static final Duration FORM_GIVES_UP_AFTER = Duration.ofMinutes(3);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final KioskDesk desk;
    private final ScreenTimer timer;
    private final SeekerDirectory directory;
    private final Div screen = new Div();
    private final CameraScanner camera = new CameraScanner();
    private KioskSetup kiosk;
    private boolean formOpen;
    /** The pass whose welcome is on screen, if any. */
    private Long welcomedPassId;
    private Registration pendingReset;
    private BrowserBadgePrint printFrame;

    public KioskView(KioskDesk desk, ScreenTimer timer, SeekerDirectory directory) {
        this.desk = desk;
        this.timer = timer;
        this.directory = directory;
        setId("kiosk");
        addClassName("fp-kiosk");
        screen.addClassName("fp-kiosk-screen");
        camera.setId("camera");
        camera.addScanListener(this::scanned);
        KeyboardWedge.listen(this, this::scanned);
        add(screen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kiosk = desk.current().orElse(null);
        if (kiosk == null) {
            showPairing(event.getLocation().getQueryParameters().getSingleParameter("pairing").orElse(null));
        } else {
            nextPerson();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Nobody is there to click "reconnect": keep trying, every few seconds, for as long as it takes.
        ReconnectDialogConfiguration reconnect = attach.getUI().getReconnectDialogConfiguration();
        reconnect.setDialogText(getTranslation("kiosk.reconnecting"));
        reconnect.setDialogTextGaveUp(getTranslation("kiosk.reconnecting"));
        reconnect.setReconnectAttempts(100_000);
        reconnect.setReconnectInterval(3_000);
    }

    private void scanned(ScannedCode scan) {
        if (kiosk == null || formOpen) {
            return;
        }
        CheckInResult result = desk.checkIn(kiosk, scan.code(), scan.nonce());
        // The pass just welcomed, scanned again (a double read, or a second try while the screen was slow): the
        // welcome and its badge stand, rather than "you are already checked in".
        boolean sameWelcome = result.outcome() == CheckInOutcome.ALREADY_CHECKED_IN && welcomedPassId != null
                && welcomedPassId == result.pass().passId();
        if (!sameWelcome) {
            showResult(result);
        }
    }

    /** Back to the start screen for whoever comes next, in Chinese. */
    void nextPerson() {
        LanguageChoice.nextPerson(UI.getCurrent());
        showIdle();
    }

    void showIdle() {
        cancelReset();
        formOpen = false;
        welcomedPassId = null;
        H1 title = new H1(getTranslation("kiosk.idle.title"));
        title.setId("idle-title");
        Paragraph hint = new Paragraph(getTranslation("kiosk.idle.hint"));
        hint.addClassName("fp-kiosk-hint");
        Div picture = new Div();
        picture.addClassName("fp-kiosk-picture");
        picture.getElement().setProperty("innerHTML", ScanPicture.SVG);
        Div scanArea = new Div(picture, camera);
        scanArea.addClassName("fp-kiosk-scan-area");
        Button walkUp = bigButton("kiosk.walk-up", "walk-up", click -> showWalkUp());
        Button find = bigButton("kiosk.find", "find-pass", click -> showFind());
        walkUp.setVisible(kiosk.fair() != null);
        find.setVisible(kiosk.fair() != null);
        Div actions = new Div(walkUp, find);
        actions.addClassName("fp-kiosk-actions");
        show("fp-idle", header(), title, hint, scanArea, actions);
    }

    void showResult(CheckInResult result) {
        formOpen = false;
        welcomedPassId = result.outcome() == CheckInOutcome.CHECKED_IN ? result.pass().passId() : null;
        Component panel = switch (result.outcome()) {
            case CHECKED_IN -> welcome(result);
            case ALREADY_CHECKED_IN -> alreadyIn(result);
            case WRONG_FAIR -> problem(result.outcome(), getTranslation("kiosk.result.WRONG_FAIR.text",
                    Optional.ofNullable(result.otherFairName()).orElse("")));
            default -> problem(result.outcome(), getTranslation("kiosk.result." + result.outcome() + ".text"));
        };
        show("fp-result", header(), panel, bigButton("kiosk.done", "done", click -> nextPerson()));
        resetLater(desk.resultShownFor());
    }

    private Component welcome(CheckInResult result) {
        Div panel = resultPanel("result-welcome", true);
        panel.add(new H1(getTranslation("kiosk.result.CHECKED_IN.title", result.seeker().name())));
        Paragraph next = new Paragraph(getTranslation(kiosk.prints() ? "kiosk.result.CHECKED_IN.text"
                : "kiosk.result.CHECKED_IN.no-badge"));
        next.setId("result-next");
        panel.add(next);
        if (kiosk.prints()) {
            print(desk.badge(kiosk, result, false), next);
        }
        return panel;
    }

    private Component alreadyIn(CheckInResult result) {
        Div panel = resultPanel("result-already", true);
        panel.add(new H1(getTranslation("kiosk.result.ALREADY_CHECKED_IN.title", result.seeker().name())));
        String at = TIME.format(result.firstAt().atZone(desk.zone()));
        Paragraph when = new Paragraph(getTranslation("kiosk.result.ALREADY_CHECKED_IN.text", at));
        when.setId("result-when");
        panel.add(when);
        if (kiosk.prints()) {
            Button reprint = bigButton("kiosk.reprint", "reprint", null);
            reprint.addClickListener(click -> {
                reprint.setEnabled(false);
                when.setText(getTranslation("kiosk.reprinting"));
                print(desk.badge(kiosk, result, true), when);
                resetLater(desk.resultShownFor());
            });
            reprint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            panel.add(reprint);
        }
        return panel;
    }

    private Component problem(CheckInOutcome outcome, String text) {
        Div panel = resultPanel("result-" + outcome.name().toLowerCase().replace('_', '-'), false);
        Paragraph explanation = new Paragraph(text);
        explanation.setId("result-text");
        panel.add(new H1(getTranslation("kiosk.result." + outcome + ".title")), explanation);
        return panel;
    }

    /**
     * To the server's queue (off the UI thread) or the kiosk browser's own print; when the badge does not print,
     * the screen says so and where to get one.
     */
    private void print(Badge badge, Paragraph note) {
        Runnable failed = () -> {
            note.setText(getTranslation("kiosk.print-failed"));
            note.addClassName("fp-error");
            resetLater(desk.resultShownFor()); // long enough to be read
        };
        switch (kiosk.info().printMode()) {
            case SERVER_QUEUE -> {
                UI ui = UI.getCurrent();
                desk.printOnServer(kiosk, badge).thenAccept(printed -> {
                    if (!printed.printed()) {
                        ui.access(failed::run);
                    }
                });
            }
            case BROWSER -> {
                if (printFrame != null) {
                    remove(printFrame);
                }
                KioskSetup printingKiosk = kiosk;
                printFrame = new BrowserBadgePrint(badge.pdf(), problem -> {
                    desk.printedInBrowser(printingKiosk, badge, problem);
                    if (problem != null) {
                        failed.run();
                    }
                });
                add(printFrame);
            }
            case NONE -> {
            }
        }
    }

    void showWalkUp() {
        formOpen = true;
        SeekerForm form = new SeekerForm(directory.keyGroups());
        H1 title = new H1(getTranslation("kiosk.walk-up.title"));
        Button submit = bigButton("kiosk.walk-up.submit", "walk-up-submit", null);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> form.read().ifPresent(this::registerWalkUp));
        show("fp-walk-up", header(), title, form, form.problemSummary(), submit,
                bigButton("kiosk.back", "back", click -> showIdle()));
        resetLater(FORM_GIVES_UP_AFTER);
    }

    private void registerWalkUp(SeekerRegistration registration) {
        WalkUpResult result = desk.registerAndCheckIn(kiosk, registration);
        if (result.registration() == RegistrationResult.Outcome.PHONE_ALREADY_KNOWN) {
            showFind(registration.phone());
        } else if (result.checkIn() == null) {
            showResult(CheckInResult.rejected(CheckInOutcome.FAIR_NOT_OPEN));
        } else {
            showResult(result.checkIn());
        }
    }

    void showFind() {
        showFind(null);
    }

    /**
     * "Find my pass" by phone number. {@code knownPhone}: the number a walk-up registration just gave, which is
     * already registered; nothing was changed, and its owner confirms their masked name here.
     */
    private void showFind(String knownPhone) {
        formOpen = true;
        PhoneField phone = new PhoneField("find-phone");
        phone.addClassName("fp-big-field");
        phone.setWidthFull();
        Div answer = new Div();
        answer.setId("find-answer");
        Runnable search = () -> {
            answer.removeAll();
            Optional<String> number = phone.read();
            if (number.isEmpty()) {
                return;
            }
            String typed = number.get();
            Optional<FoundPass> found = desk.findByPhone(typed);
            if (found.isEmpty()) {
                answer.add(new Paragraph(getTranslation("kiosk.find.none")));
                return;
            }
            Paragraph question = new Paragraph(getTranslation("kiosk.find.is-it-you", found.get().maskedName()));
            question.setId("find-question");
            Button notMe = bigButton("kiosk.find.not-me", "find-not-me", no -> {
                answer.removeAll();
                Paragraph help = new Paragraph(getTranslation("kiosk.find.not-me.text"));
                help.setId("find-not-me-text");
                answer.add(help);
            });
            answer.add(question, bigButton("kiosk.find.yes", "find-yes",
                    yes -> showResult(desk.checkInByPhone(kiosk, typed))), notMe);
        };
        Button searchButton = bigButton("kiosk.find.search", "find-search", click -> search.run());
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H1 title = new H1(getTranslation(knownPhone == null ? "kiosk.find.title" : "kiosk.find.known.title"));
        title.setId("find-title");
        Paragraph known = new Paragraph(getTranslation("kiosk.find.known.text"));
        known.setId("find-known");
        known.setVisible(knownPhone != null);
        show("fp-find", header(), title, known, phone, searchButton, answer,
                bigButton("kiosk.back", "back", click -> showIdle()));
        if (knownPhone != null) {
            phone.setValue(knownPhone);
            search.run();
        }
        resetLater(FORM_GIVES_UP_AFTER);
    }

    /**
     * An unpaired browser: a plain form posted to the server, which answers with the device cookie, or sends it
     * back with {@code pairing=failed} (wrong code) or {@code pairing=paused} (too many wrong codes).
     */
    private void showPairing(String lastAttempt) {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "kiosk/pair");
        form.setAttribute("id", "pairing-form");
        Element input = new Element("input");
        input.setAttribute("name", "code");
        input.setAttribute("id", "pairing-code");
        input.setAttribute("inputmode", "numeric");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("maxlength", "9");
        input.setAttribute("autofocus", "");
        input.setAttribute("aria-label", getTranslation("kiosk.pairing.code"));
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setAttribute("id", "pairing-submit");
        submit.setText(getTranslation("kiosk.pairing.submit"));
        form.appendChild(input, submit);
        Div formHolder = new Div();
        formHolder.addClassName("fp-pairing-form");
        formHolder.getElement().appendChild(form);
        H1 title = new H1(getTranslation("kiosk.pairing.title"));
        title.setId("pairing-title");
        Paragraph text = new Paragraph(getTranslation("kiosk.pairing.text"));
        Paragraph error = new Paragraph(getTranslation("paused".equals(lastAttempt) ? "kiosk.pairing.paused"
                : "kiosk.pairing.failed"));
        error.setId("pairing-error");
        error.addClassName("fp-error");
        error.setVisible(lastAttempt != null);
        show("fp-pairing", title, text, error, formHolder);
    }

    private Component header() {
        Span fair = new Span(kiosk.fair() == null ? getTranslation("kiosk.no-fair") : kiosk.fair().name());
        fair.setId("fair-name");
        fair.addClassName("fp-kiosk-fair");
        Button language = new Button(getTranslation("common.language.other"),
                click -> LanguageChoice.toggle(UI.getCurrent()));
        language.setId("language");
        language.addClassName("fp-kiosk-language");
        Div header = new Div(fair, language);
        header.addClassName("fp-kiosk-header");
        return header;
    }

    private void show(String screenClass, Component... parts) {
        screen.removeAll();
        screen.setClassName("fp-kiosk-screen " + screenClass);
        screen.add(parts);
    }

    private Div resultPanel(String id, boolean good) {
        Div panel = new Div();
        panel.setId(id);
        panel.addClassNames("fp-result-panel", good ? "fp-good" : "fp-bad");
        Span icon = new Span(good ? "✓" : "!");
        icon.addClassName("fp-result-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        panel.add(icon);
        return panel;
    }

    private Button bigButton(String key, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addClassName("fp-big-button");
        if (click != null) {
            button.addClickListener(click);
        }
        return button;
    }

    private void resetLater(Duration after) {
        cancelReset();
        pendingReset = timer.after(after, UI.getCurrent(), this::nextPerson);
    }

    private void cancelReset() {
        if (pendingReset != null) {
            pendingReset.remove();
            pendingReset = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.page-title");
    }
}
