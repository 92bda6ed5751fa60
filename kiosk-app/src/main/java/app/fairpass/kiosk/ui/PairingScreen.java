package app.fairpass.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * An unpaired browser: a plain form posted to the server, which answers with the device cookie, or sends it back
 * with {@code pairing=failed} (wrong code) or {@code pairing=paused} (too many wrong codes). No scan counts here.
 */
class PairingScreen extends KioskScreen {

    PairingScreen(String lastAttempt) {
        super("fp-pairing");
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
        add(title, text, error, formHolder);
    }

    @Override
    boolean takesScans() {
        return false;
    }
}
