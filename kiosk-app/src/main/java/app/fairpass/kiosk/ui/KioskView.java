package app.fairpass.kiosk.ui;

import app.fairpass.admin.i18n.LanguageChoice;
import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInResult;
import app.fairpass.kiosk.KioskDesk;
import app.fairpass.kiosk.KioskDesk.Badge;
import app.fairpass.kiosk.KioskDesk.KioskSetup;
import app.fairpass.kiosk.ScreenTimer;
import app.fairpass.scan.ui.CameraScanner;
import app.fairpass.scan.ui.KeyboardWedge;
import app.fairpass.scan.ui.ScannedCode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/**
 * The kiosk at the entrance, full screen on a touch device. An unpaired browser sees only the pairing form; a
 * paired one waits for a scan (USB scanner or camera), shows the result in plain words, prints the badge and
 * returns to its start screen by itself. Walk-up registration and "find my pass" for people without a pass. One
 * screen at a time ({@link KioskScreen}); this view holds what outlives a screen: the kiosk, the scanners, the
 * print frame and the timer that starts over.
 */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle, KioskFlow {
    /** A half-filled form holds someone's personal data: it does not stay on a public screen for long. */
    static final Duration FORM_GIVES_UP_AFTER = Duration.ofMinutes(3);

    private final KioskDesk desk;
    private final ScreenTimer timer;
    private final CameraScanner camera = new CameraScanner();
    private KioskSetup kiosk;
    private KioskScreen screen;
    private Registration pendingReset;
    private BrowserBadgePrint printFrame;

    public KioskView(KioskDesk desk, ScreenTimer timer) {
        this.desk = desk;
        this.timer = timer;
        setId("kiosk");
        addClassName("fp-kiosk");
        camera.setId("camera");
        camera.addScanListener(this::scanned);
        KeyboardWedge.listen(this, this::scanned);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kiosk = desk.current().orElse(null);
        if (kiosk == null) {
            show(new PairingScreen(event.getLocation().getQueryParameters().getSingleParameter("pairing")
                    .orElse(null)));
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
        if (kiosk == null || !screen.takesScans()) {
            return;
        }
        CheckInResult result = desk.checkIn(kiosk, scan.code(), scan.nonce());
        // The pass just welcomed, scanned again (a double read, or a second try while the screen was slow): the
        // welcome and its badge stand, rather than "you are already checked in".
        boolean sameWelcome = result.outcome() == CheckInOutcome.ALREADY_CHECKED_IN
                && screen instanceof ResultScreen shown && shown.welcomes(result.pass().passId());
        if (!sameWelcome) {
            showResult(result);
        }
    }

    @Override
    public KioskSetup kiosk() {
        return kiosk;
    }

    @Override
    public void nextPerson() {
        LanguageChoice.nextPerson(UI.getCurrent());
        showIdle();
    }

    @Override
    public void showIdle() {
        show(new IdleScreen(this, camera));
    }

    @Override
    public void showResult(CheckInResult result) {
        show(new ResultScreen(desk, this, result));
        resetLater(desk.resultShownFor());
    }

    @Override
    public void showWalkUp() {
        show(new WalkUpScreen(desk, this));
        resetLater(FORM_GIVES_UP_AFTER);
    }

    @Override
    public void showFind(String knownPhone) {
        show(new FindPassScreen(desk, this, knownPhone));
        resetLater(FORM_GIVES_UP_AFTER);
    }

    /** To the server's queue (off the UI thread) or the kiosk browser's own print, in a frame that outlives screens. */
    @Override
    public void print(Badge badge, Runnable notPrinted) {
        KioskSetup printing = kiosk;
        switch (printing.info().printMode()) {
            case SERVER_QUEUE -> {
                UI ui = UI.getCurrent();
                desk.printOnServer(printing, badge).thenAccept(printed -> {
                    if (!printed.printed()) {
                        ui.access(notPrinted::run);
                    }
                });
            }
            case BROWSER -> {
                if (printFrame != null) {
                    remove(printFrame);
                }
                printFrame = new BrowserBadgePrint(badge.pdf(), problem -> {
                    desk.printedInBrowser(printing, badge, problem);
                    if (problem != null) {
                        notPrinted.run();
                    }
                });
                add(printFrame);
            }
            case NONE -> {
            }
        }
    }

    @Override
    public void resetLater(Duration after) {
        cancelReset();
        pendingReset = timer.after(after, UI.getCurrent(), this::nextPerson);
    }

    private void show(KioskScreen next) {
        cancelReset();
        if (screen != null) {
            remove(screen);
        }
        screen = next;
        addComponentAsFirst(next);
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
