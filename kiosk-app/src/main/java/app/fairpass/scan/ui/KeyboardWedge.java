package app.fairpass.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;

/**
 * A USB scanner in keyboard mode, heard on the whole page with no field focused (so no on-screen keyboard
 * appears): the script buffers keys typed at scanner speed until Enter and reports the code here.
 */
public final class KeyboardWedge {
    static final String SCRIPT = "context://js/fp-scan.js";
    private static final String CODE = "event.detail.code";
    private static final String NONCE = "event.detail.nonce";

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
        return element.addEventListener("fp-code", event -> {
            // The event comes from the browser: anything may be missing or of another type.
            String code = text(event.getEventData(), CODE);
            if (code != null) {
                listener.accept(new ScannedCode(code, text(event.getEventData(), NONCE)));
            }
        }).addEventData(CODE).addEventData(NONCE)::remove;
    }

    private static String text(JsonObject data, String key) {
        JsonValue value = data.hasKey(key) ? data.get(key) : null;
        return value != null && value.getType() == JsonType.STRING ? value.asString() : null;
    }

    private static void loadScript(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }
}
