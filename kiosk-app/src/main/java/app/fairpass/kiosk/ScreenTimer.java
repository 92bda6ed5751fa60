package app.fairpass.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a screen change later on the server, e.g. a kiosk's return to its start screen after a result, pushed to
 * the browser. A bean, so tests replace it with one they fire by hand.
 */
@Component
public class ScreenTimer implements DisposableBean {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fairpass-screen-timer");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code command} with the UI locked after {@code delay}, unless cancelled or the UI is gone by then. */
    public Registration after(Duration delay, UI ui, Command command) {
        ScheduledFuture<?> task = scheduler.schedule(() -> ui.access(command), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
