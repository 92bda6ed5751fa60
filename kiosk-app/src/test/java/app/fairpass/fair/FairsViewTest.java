package app.fairpass.fair;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.fair.ui.FairsView;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.stats.FairOverview;
import app.fairpass.security.ui.SignInView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class FairsViewTest extends KaribuTest {
    @Autowired
    FairService fairs;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate(FairsView.class);

        _assertOne(SignInView.class);
        _assertNone(FairsView.class);
    }

    @Test
    void aKioskCannotOpenTheOrganiserConsole() {
        signIn(kiosk());

        UI.getCurrent().navigate(FairsView.class);

        // Vaadin answers with its access-denied error instead of the view
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(FairsView.class::isInstance)
                .noneMatch(OrganiserLayout.class::isInstance);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrganiserSeesFairsAndOpensOne() {
        signIn(organiser());
        String name = "吴江区春风行动招聘会 " + UUID.randomUUID();
        FairInfo fair = fairs.createFair(new NewFair(null, name, "吴江人力资源市场", LocalDate.of(2026, 12, 1),
                LocalTime.of(9, 0), LocalTime.of(11, 30)));

        UI.getCurrent().navigate(FairsView.class);
        Grid<FairOverview> grid = _get(Grid.class, spec -> spec.withId("fairs"));
        int row = rowOf(grid, fair.id());
        assertThat(GridKt._get(grid, row).fair().name()).isEqualTo(name);
        Button open = (Button) _getCellComponent(grid, row, "action");
        assertThat(open.getText()).isEqualTo("开始");
        open.click();

        assertThat(fairs.find(fair.id()).orElseThrow().status()).isEqualTo(FairStatus.OPEN);
        assertThat(GridKt._get(grid, rowOf(grid, fair.id())).fair().status()).isEqualTo(FairStatus.OPEN);
    }

    private static int rowOf(Grid<FairOverview> grid, long fairId) {
        for (int i = 0; i < _size(grid); i++) {
            if (GridKt._get(grid, i).fair().id() == fairId) {
                return i;
            }
        }
        throw new AssertionError("fair " + fairId + " not in the grid");
    }
}
