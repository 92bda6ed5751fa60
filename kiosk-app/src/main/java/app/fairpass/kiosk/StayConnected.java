package app.fairpass.kiosk;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Screens that nobody tends (kiosks) must come back by themselves: an expired session or a lost connection
 * reloads the page instead of waiting for a click on a message. The kiosk's device cookie outlives the session,
 * so the reloaded page is the kiosk again.
 */
@Component
class StayConnected implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // With the notification off, the client reloads at once (URL null = this page).
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setInternalErrorNotificationEnabled(false);
        messages.setCookiesDisabledNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
