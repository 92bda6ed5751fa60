package app.fairpass.admin.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every screen starts in Simplified Chinese, whatever language the device's browser was set up in (kiosks and
 * borrowed laptops often say en-US); a person switches to English with one tap and the choice lasts the session.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {
    private static final String ATTRIBUTE = LanguageChoice.class.getName();
    private static final String JUST_SWITCHED = ATTRIBUTE + ".just-switched";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(current(init.getUI().getSession())));
    }

    /** Switches between Chinese and English and redraws the page in the new language. */
    public static void toggle(UI ui) {
        Locale next = current(ui.getSession()).equals(Locale.ENGLISH) ? MessageSourceI18NProvider.CHINESE
                : Locale.ENGLISH;
        ui.getSession().setAttribute(ATTRIBUTE, next);
        ui.getSession().setAttribute(JUST_SWITCHED, true);
        ui.getPage().reload();
    }

    /**
     * A shared screen (a kiosk) starts over for the next person in Chinese, after a reload too, except on the
     * reload that the person's own switch of language asked for.
     */
    public static void nextPerson(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(JUST_SWITCHED) != null) {
            session.setAttribute(JUST_SWITCHED, null);
            return;
        }
        session.setAttribute(ATTRIBUTE, null);
        ui.setLocale(MessageSourceI18NProvider.CHINESE);
    }

    private static Locale current(VaadinSession session) {
        Object chosen = session.getAttribute(ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : MessageSourceI18NProvider.CHINESE;
    }
}
