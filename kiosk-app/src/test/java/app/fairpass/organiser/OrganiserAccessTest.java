package app.fairpass.organiser;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.FairPassUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Booth staff and kiosks cannot open any page of the organiser console, whichever page it is. */
@SpringBootTest
@ActiveProfiles("test")
class OrganiserAccessTest extends KaribuTest {

    @Test
    void employersAndKiosksOpenNoOrganiserPage() {
        List<Class<? extends Component>> pages = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getParentLayouts().contains(OrganiserLayout.class))
                .<Class<? extends Component>>map(RouteData::getNavigationTarget).toList();
        assertThat(pages).as("organiser pages found").hasSizeGreaterThanOrEqualTo(9);

        for (FairPassUser user : List.of(employer(), kiosk())) {
            signIn(user);
            for (Class<? extends Component> page : pages) {
                UI.getCurrent().navigate(page);

                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                        .as("%s opening %s", user.role(), page.getSimpleName())
                        .noneMatch(page::isInstance)
                        .noneMatch(OrganiserLayout.class::isInstance);
            }
        }
    }

    private static FairPassUser employer() {
        return new FairPassUser(0, "test-employer", "展位工作人员", "", "EMPLOYER", 1L, true);
    }
}
