package app.fairpass.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A screen timer that a test fires by hand instead of waiting. */
public class ManualScreenTimer extends ScreenTimer {
    private final List<Command> pending = new ArrayList<>();
    private Duration lastDelay;

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

    public int pending() {
        return pending.size();
    }

    public Duration lastDelay() {
        return lastDelay;
    }
}
