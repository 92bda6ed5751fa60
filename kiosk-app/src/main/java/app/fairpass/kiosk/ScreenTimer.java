package app.fairpass.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs a screen change later on the server, e.g. a kiosk's return to its start screen after a result, pushed to
 * the browser. On Spring's scheduler; a bean, so tests replace it with one they fire by hand.
 */
@Component
public class ScreenTimer {
    private final TaskScheduler scheduler;

    public ScreenTimer(TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code command} with the UI locked after {@code delay}, unless cancelled or the UI is gone by then. */
    public Registration after(Duration delay, UI ui, Command command) {
        ScheduledFuture<?> task = scheduler.schedule(() -> access(ui, command),
                scheduler.getClock().instant().plus(delay));
        return () -> task.cancel(false);
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // The browser left meanwhile: there is no screen to change, and nothing went wrong.
        }
    }
}
