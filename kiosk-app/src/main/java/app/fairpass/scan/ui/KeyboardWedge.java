package app.fairpass.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * A USB scanner in keyboard mode, heard on the whole page with no field focused (so no on-screen keyboard
 * appears): the script buffers keys typed at scanner speed until Enter and reports the code here.
 */
public final class KeyboardWedge {
    static final String SCRIPT = "context://js/fp-scan.js";

    private KeyboardWedge() {
    }

    /** Reports every scan typed anywhere on the page while {@code target} is attached. */
    public static Registration listen(Component target, SerializableConsumer<ScannedCode> listener) {
        target.getUI().ifPresent(KeyboardWedge::loadScript);
        target.addAttachListener(attach -> loadScript(attach.getUI()));
        target.getElement().setAttribute("fp-wedge", "");
        return listen(target.getElement(), listener);
    }

    static Registration listen(Element element, SerializableConsumer<ScannedCode> listener) {
        return element.addEventListener("fp-code", event -> listener.accept(new ScannedCode(
                        event.getEventData().getString("event.detail.code"),
                        event.getEventData().getString("event.detail.nonce"))))
                .addEventData("event.detail.code").addEventData("event.detail.nonce")::remove;
    }

    private static void loadScript(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }
}
