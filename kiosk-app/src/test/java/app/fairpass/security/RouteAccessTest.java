package app.fairpass.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.security.ui.HomeView;
import app.fairpass.security.ui.SignInView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every route, opened by every role: what it may reach is written down here, so a new route without a decision, or
 * a view whose annotation drifts, fails the build. A hidden button is not protection; this is.
 */
@SpringBootTest
@ActiveProfiles("test")
class RouteAccessTest extends KaribuTest {
    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, Roles.ORGANISER, Roles.EMPLOYER, Roles.KIOSK);
    private static final Set<String> ORGANISER = Set.of(Roles.ORGANISER);

    /** Route path → who may open it. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("login", EVERYONE),
            Map.entry("setup", EVERYONE),
            Map.entry("register", EVERYONE),
            Map.entry("kiosk", EVERYONE),
            Map.entry("booth", Set.of(Roles.EMPLOYER)),
            Map.entry("", EVERYONE),
            Map.entry("fairs", ORGANISER),
            Map.entry("series", ORGANISER),
            Map.entry("employers", ORGANISER),
            Map.entry("seekers", ORGANISER),
            Map.entry("dashboard", ORGANISER),
            Map.entry("reports", ORGANISER),
            Map.entry("import", ORGANISER),
            Map.entry("accounts", ORGANISER),
            Map.entry("audit", ORGANISER),
            Map.entry("kiosks", ORGANISER),
            Map.entry("booth-sign-ins", ORGANISER));

    @Autowired
    FairService fairs;
    long openFairId;

    @Test
    void everyRouteHasADecisionAndEachRoleReachesExactlyWhatItMay() {
        signIn(organiser());
        FairInfo fair = fairs.createFair(new NewFair(null, "路由检查招聘会", "人力资源市场", LocalDate.of(2026, 6, 30),
                LocalTime.of(9, 0), LocalTime.of(12, 0)));
        openFairId = fairs.changeStatus(fair.id(), FairStatus.OPEN).id();

        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes.stream().map(RouteAccessTest::path).collect(Collectors.toSet()))
                .as("routes without an access decision in this test")
                .isEqualTo(ALLOWED.keySet());

        Map<String, String> wrong = new TreeMap<>();
        List<String> roles = new ArrayList<>(EVERYONE);
        for (RouteData route : routes) {
            for (String role : roles) {
                boolean reached = opens(route, role);
                boolean allowed = ALLOWED.get(path(route)).contains(role);
                if (reached != allowed) {
                    wrong.put("/" + path(route) + " as " + role, (reached ? "reached: " : "refused: ")
                            + UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass()
                            .getSimpleName());
                }
            }
        }
        assertThat(wrong).as("route access that differs from the table").isEmpty();
    }

    /** "employers/:___url_parameter?(…)" → "employers" */
    private static String path(RouteData route) {
        return route.getTemplate().split("/:")[0];
    }

    private boolean opens(RouteData route, String role) {
        signOut();
        if (!role.equals(ANONYMOUS)) {
            signIn(new FairPassUser(-1, "route-check-" + role, role, "", role,
                    role.equals(Roles.EMPLOYER) ? -1L : null, true));
        }
        // a required parameter (register/{fairId}) gets a real, open fair's id
        boolean needsParameter = route.getTemplate().contains("/:")
                && !route.getTemplate().contains(":___url_parameter?");
        UI.getCurrent().navigate(path(route) + (needsParameter ? "/" + openFairId : ""));
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Component shown = (Component) chain.get(0);
        if (shown instanceof HasErrorParameter<?>) {
            return false;
        }
        if (route.getNavigationTarget() == HomeView.class) {
            // the start page sends each role to its own page: reaching it is reaching that page
            return !(shown instanceof HasErrorParameter<?>);
        }
        if (shown instanceof SignInView) {
            // an anonymous visitor is sent to sign in; the first-run page forwards there once set up
            return route.getNavigationTarget() == SignInView.class || path(route).equals("setup");
        }
        return route.getNavigationTarget().isInstance(shown);
    }
}
