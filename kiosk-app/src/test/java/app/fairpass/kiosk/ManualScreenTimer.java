package app.fairpass.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * A screen timer that a test fires by hand instead of waiting, in every plain-HTTP test context (the Karibu
 * tests'); the browser tests, which turn HTTPS on, keep the real timer.
 */
@Component
@Primary
@ConditionalOnProperty(name = "fairpass.https.enabled", havingValue = "false")
public class ManualScreenTimer extends ScreenTimer {
    private final List<Command> pending = new ArrayList<>();
    private Duration lastDelay;

    public ManualScreenTimer(TaskScheduler scheduler) {
        super(scheduler);
    }

    @Override
    public Registration after(Duration delay, UI ui, Command command) {
        pending.add(command);
        lastDelay = delay;
        return () -> pending.remove(command);
    }

    /** Runs what is due, as if its time had come (the test thread holds the UI lock, as access() would). */
    public void fire() {
        List<Command> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Command::execute);
    }

    /** Forgets what earlier tests left pending: this bean is shared by every test of the context. */
    public void clear() {
        pending.clear();
        lastDelay = null;
    }

    public Duration lastDelay() {
        return lastDelay;
    }
}
