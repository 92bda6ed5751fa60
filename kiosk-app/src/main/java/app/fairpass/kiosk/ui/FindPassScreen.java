package app.fairpass.kiosk.ui;

import app.fairpass.core.seeker.FoundPass;
import app.fairpass.kiosk.KioskDesk;
import app.fairpass.register.ui.PhoneField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * "Find my pass" by phone number: the person sees their masked name and says whether it is them. Opened with the
 * number of a walk-up registration that was already known, it asks at once.
 */
class FindPassScreen extends KioskScreen {
    private final KioskDesk desk;
    private final KioskFlow flow;
    private final PhoneField phone = new PhoneField("find-phone");
    private final Div answer = new Div();

    FindPassScreen(KioskDesk desk, KioskFlow flow, String knownPhone) {
        super("fp-find");
        this.desk = desk;
        this.flow = flow;
        phone.addClassName("fp-big-field");
        phone.setWidthFull();
        answer.setId("find-answer");
        Button search = bigButton("kiosk.find.search", "find-search", click -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H1 title = new H1(getTranslation(knownPhone == null ? "kiosk.find.title" : "kiosk.find.known.title"));
        title.setId("find-title");
        Paragraph known = new Paragraph(getTranslation("kiosk.find.known.text"));
        known.setId("find-known");
        known.setVisible(knownPhone != null);
        add(header(flow.kiosk()), title, known, phone, search, answer,
                bigButton("kiosk.back", "back", click -> flow.showIdle()));
        if (knownPhone != null) {
            phone.setValue(knownPhone);
            search();
        }
    }

    @Override
    boolean takesScans() {
        return false;
    }

    private void search() {
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
        answer.add(question,
                bigButton("kiosk.find.yes", "find-yes", yes -> flow.showResult(desk.checkInByPhone(flow.kiosk(), typed))),
                bigButton("kiosk.find.not-me", "find-not-me", no -> notMe()));
    }

    private void notMe() {
        answer.removeAll();
        Paragraph help = new Paragraph(getTranslation("kiosk.find.not-me.text"));
        help.setId("find-not-me-text");
        answer.add(help);
    }
}
