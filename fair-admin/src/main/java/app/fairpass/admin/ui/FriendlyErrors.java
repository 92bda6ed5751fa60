package app.fairpass.admin.ui;

import app.fairpass.core.StorageFailures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something unexpected fails: a plain message in their language with a reference to
 * find the log entry, never a stack trace.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);
    private final StorageFailures storage;

    FriendlyErrors(StorageFailures storage) {
        this.storage = storage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        if (isAccessDenied(error)) {
            log.warn("access denied: {}", error.getMessage());
            message = translate("common.no-permission");
        } else if (storage.recoverFrom(error)) {
            log.error("not saved: the database is unavailable ({})", StorageFailures.rootCause(error));
            message = translate("common.storage-unavailable");
        } else if (cause(error, ConstraintViolationException.class) instanceof ConstraintViolationException refused) {
            // A screen let through what a service refused: the fields and rules, never the values (personal data).
            log.warn("input refused by a service: {}", refused.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList());
            message = translate("common.invalid-input");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("unexpected error, reference {}", reference, error);
            message = translate("common.unexpected-error") + " (" + reference + ")";
        }
        if (UI.getCurrent() != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static boolean isAccessDenied(Throwable error) {
        return cause(error, AccessDeniedException.class) != null;
    }

    private static Throwable cause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String translate(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }
}
