package app.fairpass.kiosk.ui;

import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInResult;
import app.fairpass.kiosk.KioskDesk;
import app.fairpass.kiosk.KioskDesk.KioskSetup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A scan's result in plain words: the welcome (and its badge printing), "already checked in" with a reprint, or
 * what is wrong and where to go. Starts over by itself after a while.
 */
class ResultScreen extends KioskScreen {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final KioskDesk desk;
    private final KioskFlow flow;
    private final KioskSetup kiosk;
    private final CheckInResult result;

    ResultScreen(KioskDesk desk, KioskFlow flow, CheckInResult result) {
        super("fp-result");
        this.desk = desk;
        this.flow = flow;
        this.kiosk = flow.kiosk();
        this.result = result;
        Component panel = switch (result.outcome()) {
            case CHECKED_IN -> welcome();
            case ALREADY_CHECKED_IN -> alreadyIn();
            case WRONG_FAIR -> problem(getTranslation("kiosk.result.WRONG_FAIR.text",
                    Optional.ofNullable(result.otherFairName()).orElse("")));
            default -> problem(getTranslation("kiosk.result." + result.outcome() + ".text"));
        };
        add(header(kiosk), panel, bigButton("kiosk.done", "done", click -> flow.nextPerson()));
    }

    /** Whether this screen welcomes that pass just checked in (a double read of it changes nothing). */
    boolean welcomes(long passId) {
        return result.outcome() == CheckInOutcome.CHECKED_IN && result.pass().passId() == passId;
    }

    private Component welcome() {
        Div panel = panel("result-welcome", true);
        panel.add(new H1(getTranslation("kiosk.result.CHECKED_IN.title", result.seeker().name())));
        Paragraph next = new Paragraph(getTranslation(kiosk.prints() ? "kiosk.result.CHECKED_IN.text"
                : "kiosk.result.CHECKED_IN.no-badge"));
        next.setId("result-next");
        panel.add(next);
        if (kiosk.prints()) {
            flow.print(desk.badge(kiosk, result, false), () -> notPrinted(next));
        }
        return panel;
    }

    private Component alreadyIn() {
        Div panel = panel("result-already", true);
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
                flow.print(desk.badge(kiosk, result, true), () -> notPrinted(when));
                flow.resetLater(desk.resultShownFor());
            });
            reprint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            panel.add(reprint);
        }
        return panel;
    }

    /**
     * The check-in stands; the person learns where to get a badge, and has time to read it. Once the kiosk has moved
     * on to the next person, the audit log alone says so.
     */
    private void notPrinted(Paragraph note) {
        if (!isAttached()) {
            return;
        }
        note.setText(getTranslation("kiosk.print-failed"));
        note.addClassName("fp-error");
        flow.resetLater(desk.resultShownFor());
    }

    private Component problem(String text) {
        CheckInOutcome outcome = result.outcome();
        Div panel = panel("result-" + outcome.name().toLowerCase().replace('_', '-'), false);
        Paragraph explanation = new Paragraph(text);
        explanation.setId("result-text");
        panel.add(new H1(getTranslation("kiosk.result." + outcome + ".title")), explanation);
        return panel;
    }

    private static Div panel(String id, boolean good) {
        Div panel = new Div();
        panel.setId(id);
        panel.addClassNames("fp-result-panel", good ? "fp-good" : "fp-bad");
        Span icon = new Span(good ? "✓" : "!");
        icon.addClassName("fp-result-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        panel.add(icon);
        return panel;
    }
}
