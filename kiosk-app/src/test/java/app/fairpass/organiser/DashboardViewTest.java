package app.fairpass.organiser;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.KaribuTest;
import app.fairpass.admin.dashboard.DashboardData;
import app.fairpass.admin.dashboard.LiveFigures;
import app.fairpass.admin.dashboard.ui.DashboardView;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.pass.PassRef;
import app.fairpass.organiser.OrganiserFixture.Fair;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** The live dashboard follows what happens elsewhere: a kiosk's check-in, a booth's intention. */
@SpringBootTest
@ActiveProfiles("test")
class DashboardViewTest extends KaribuTest {
    @Autowired
    OrganiserFixture fixture;
    @Autowired
    LiveFigures live;
    @Autowired
    TaskScheduler scheduler;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void aCheckInAtAKioskShowsOnTheDashboardAtTheNextTick() {
        Fair fair = fixture.openFair("大屏测试招聘会");
        PassRef graduate = fixture.register(fair, "陈喆", "COLLEGE_GRADUATE");
        fixture.register(fair, "王堃", "VETERAN");
        signIn(organiser());
        UI.getCurrent().navigate(DashboardView.class, fair.info().id());
        assertThat(figure("checked-in")).isEqualTo("0 / 2");
        assertThat(figure("intentions")).isEqualTo("0");
        assertThat(figure("positions")).isEqualTo("10");

        fixture.checkIn(fair, graduate);
        fixture.record(fair, fair.a(), graduate, RecordKind.INTENTION);
        live.tick();
        MockVaadin.runUIQueue();

        assertThat(figure("checked-in")).isEqualTo("1 / 2");
        assertThat(figure("intentions")).isEqualTo("1");
        assertThat(_get(Div.class, spec -> spec.withId("busiest-booths")).getElement().getTextRecursively())
                .contains("C11").contains("意向 1");
        assertThat(_get(Div.class, spec -> spec.withId("top-positions")).getElement().getTextRecursively())
                .contains("数控车工").contains("意向 1 人");
    }

    @Test
    void nothingChangedMeansNoRedraw() {
        Fair fair = fixture.openFair("大屏节流测试");
        fixture.register(fair, "张燕", "UNEMPLOYED");
        signIn(organiser());
        UI.getCurrent().navigate(DashboardView.class, fair.info().id());
        Span before = _get(Span.class, spec -> spec.withId("figure-checked-in"));

        live.tick();
        live.tick();
        MockVaadin.runUIQueue();

        assertThat(_get(Span.class, spec -> spec.withId("figure-checked-in"))).isSameAs(before);
    }

    /**
     * The timer ticks on a scheduler thread where no one is signed in. In a JVM holding several application
     * contexts (this test suite) the JVM-wide security context holder may even be another context's: the figures
     * must still reach the screen.
     */
    @Test
    void aTickOnTheSchedulersThreadWithNoOneSignedInStillShowsNewFigures() throws Exception {
        Fair fair = fixture.openFair("大屏定时测试");
        PassRef pass = fixture.register(fair, "刘洋", "COLLEGE_GRADUATE");
        signIn(organiser());
        UI.getCurrent().navigate(DashboardView.class, fair.info().id());
        assertThat(figure("checked-in")).isEqualTo("0 / 1");
        fixture.checkIn(fair, pass);

        SecurityContextHolderStrategy jvmWide = SecurityContextHolder.getContextHolderStrategy();
        // What another application context in the same JVM does when it starts.
        SecurityContextHolder.setContextHolderStrategy(new VaadinAwareSecurityContextHolderStrategy());
        try {
            scheduler.schedule(() -> {
                assertThat(security.getContext().getAuthentication()).as("signed in on the timer's thread").isNull();
                live.tick();
            }, scheduler.getClock().instant()).get();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(jvmWide);
        }
        MockVaadin.runUIQueue();

        assertThat(figure("checked-in")).isEqualTo("1 / 1");
    }

    @Test
    void onlyAnOrganiserMayWatchTheFigures() {
        Fair fair = fixture.openFair("大屏权限测试");
        PassRef pass = fixture.register(fair, "周婷", "UNEMPLOYED");
        List<DashboardData> sent = new CopyOnWriteArrayList<>();
        signIn(kiosk());

        assertThatThrownBy(() -> live.watch(fair.info().id(), sent::add)).isInstanceOf(AccessDeniedException.class);
        fixture.checkIn(fair, pass);
        live.tick();

        assertThat(sent).as("figures sent to the refused watcher").isEmpty();
    }

    private static String figure(String id) {
        return _get(Span.class, spec -> spec.withId("figure-" + id)).getText();
    }
}
