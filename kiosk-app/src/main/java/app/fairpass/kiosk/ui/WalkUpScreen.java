package app.fairpass.kiosk.ui;

import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInResult;
import app.fairpass.core.seeker.RegistrationResult;
import app.fairpass.core.seeker.SeekerRegistration;
import app.fairpass.kiosk.KioskDesk;
import app.fairpass.kiosk.KioskDesk.WalkUpResult;
import app.fairpass.register.ui.SeekerForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;

/**
 * Walk-up registration on the touch screen, then check-in. A phone number already registered changes nothing and
 * goes to "find my pass", where its owner confirms their masked name.
 */
class WalkUpScreen extends KioskScreen {
    private final KioskDesk desk;
    private final KioskFlow flow;

    WalkUpScreen(KioskDesk desk, KioskFlow flow) {
        super("fp-walk-up");
        this.desk = desk;
        this.flow = flow;
        SeekerForm form = new SeekerForm(desk.keyGroups());
        Button submit = bigButton("kiosk.walk-up.submit", "walk-up-submit", null);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> form.read().ifPresent(this::register));
        add(header(flow.kiosk()), new H1(getTranslation("kiosk.walk-up.title")), form, form.problemSummary(), submit,
                bigButton("kiosk.back", "back", click -> flow.showIdle()));
    }

    @Override
    boolean takesScans() {
        return false;
    }

    private void register(SeekerRegistration registration) {
        WalkUpResult result = desk.registerAndCheckIn(flow.kiosk(), registration);
        if (result.registration() == RegistrationResult.Outcome.PHONE_ALREADY_KNOWN) {
            flow.showFind(registration.phone());
        } else if (result.checkIn() == null) {
            flow.showResult(CheckInResult.rejected(CheckInOutcome.FAIR_NOT_OPEN));
        } else {
            flow.showResult(result.checkIn());
        }
    }
}
