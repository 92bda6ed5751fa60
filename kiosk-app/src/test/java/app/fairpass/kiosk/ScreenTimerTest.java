package app.fairpass.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The real screen timer on a Spring scheduler, which the view tests replace with {@link ManualScreenTimer}. */
class ScreenTimerTest {
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startScheduler() {
        scheduler.setErrorHandler(errors::add);
        scheduler.initialize();
    }

    @AfterEach
    void stop() {
        scheduler.shutdown();
        MockVaadin.tearDown();
    }

    @Test
    void aChangeRunsWhenItsTimeHasComeWithTheScreenLockedUnlessCancelled() throws Exception {
        MockVaadin.setup();
        UI ui = UI.getCurrent();
        ScreenTimer timer = new ScreenTimer(scheduler);

        timer.after(Duration.ofMillis(50), ui, () -> ran.add(ui.getSession().hasLock() ? "locked" : "not locked"));
        timer.after(Duration.ofMillis(50), ui, () -> ran.add("cancelled")).remove();
        runEverythingScheduled();
        // The test holds the session's lock, as a request would: what the timer handed over runs here.
        MockVaadin.runUIQueue();

        assertThat(ran).containsExactly("locked");
        assertThat(errors).isEmpty();
    }

    @Test
    void aScreenClosedBeforeItsTimeIsLeftAloneWithoutAnError() throws Exception {
        new ScreenTimer(scheduler).after(Duration.ZERO, new UI(), () -> ran.add("changed"));
        runEverythingScheduled();

        assertThat(ran).isEmpty();
        assertThat(errors).as("errors the scheduler would log").isEmpty();
    }

    /** Lets every task already scheduled run, however far off, then stops the scheduler. */
    private void runEverythingScheduled() throws InterruptedException {
        scheduler.getScheduledExecutor().shutdown();
        assertThat(scheduler.getScheduledExecutor().awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
}
