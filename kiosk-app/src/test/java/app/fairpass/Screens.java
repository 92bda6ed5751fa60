package app.fairpass;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.List;

/** What a person could see on a Karibu-driven screen after bad input: checked the same way by every test. */
public final class Screens {
    private Screens() {
    }

    /** No element anywhere in the UI is a script, and no raw HTML holds one: text is text. */
    public static void assertNoScriptInjected() {
        List<Element> all = new ArrayList<>();
        collect(UI.getCurrent().getElement(), all);
        for (Element element : all) {
            assertThat(element.getTag()).as("element tag").isNotEqualToIgnoringCase("script");
            Object html = element.getPropertyRaw("innerHTML");
            assertThat(html == null ? "" : html.toString()).as("raw HTML of <%s>", element.getTag())
                    .doesNotContainIgnoringCase("<script");
        }
    }

    /** The texts of the notifications open now. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /** A message meant for a person: not a stack trace, an exception or a class name. */
    public static void assertPlainMessage(String message) {
        assertThat(message).isNotBlank().doesNotContain("Exception", "app.fairpass", "java.", "\tat ", "null");
    }

    /** Children and virtual children (where overlays such as dialogs may hang). */
    private static void collect(Element element, List<Element> into) {
        if (element.isTextNode()) {
            return;
        }
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
        if (element.getNode().hasFeature(VirtualChildrenList.class)) {
            VirtualChildrenList virtual = element.getNode().getFeature(VirtualChildrenList.class);
            for (int i = 0; i < virtual.size(); i++) {
                collect(Element.get(virtual.get(i)), into);
            }
        }
    }
}
