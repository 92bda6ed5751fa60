package app.fairpass.kiosk.ui;

import app.fairpass.admin.i18n.LanguageChoice;
import app.fairpass.kiosk.KioskDesk.KioskSetup;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One screen of the kiosk: the kiosk view shows one at a time, each with the fair's name and the language. */
abstract class KioskScreen extends Div {

    KioskScreen(String screenClass) {
        addClassNames("fp-kiosk-screen", screenClass);
    }

    /** Whether a scan checks a pass in here; while someone types in a form, the scanner is ignored. */
    boolean takesScans() {
        return true;
    }

    final Div header(KioskSetup kiosk) {
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

    final Button bigButton(String key, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addClassName("fp-big-button");
        if (click != null) {
            button.addClickListener(click);
        }
        return button;
    }
}
