package app.fairpass.kiosk;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.kiosk.ui.KiosksView;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The organiser creates a kiosk, hands out a working pairing code and revokes the device. */
@SpringBootTest
@ActiveProfiles("test")
class KiosksViewTest extends KaribuTest {
    @Autowired
    KioskFixture fixture;
    @Autowired
    KioskService kiosks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganiserCreatesAKioskPairsItAndRevokesIt() {
        signIn(organiser());
        UI.getCurrent().navigate(KiosksView.class);
        String name = "南门签到机 " + UUID.randomUUID().toString().substring(0, 6);
        _click(_get(Button.class, spec -> spec.withId("kiosk-create")));
        _get(TextField.class, spec -> spec.withId("new-kiosk-name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("new-kiosk-save")));
        long id = jdbc.sql("SELECT id FROM kiosk_device WHERE name = ?").param(name).query(Long.class).single();

        _click(action(id, "pair-"));
        String code = _get(Span.class, spec -> spec.withId("pairing-code")).getText().replace(" ", "");

        PairedKiosk paired = kiosks.pair(code).orElseThrow();
        assertThat(paired.kiosk().kioskId()).isEqualTo(id);

        UI.getCurrent().navigate(KiosksView.class);
        _click(action(id, "revoke-"));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(kiosks.authenticate(paired.deviceToken())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Button action(long kioskId, String idPrefix) {
        Grid<KioskInfo> grid = _get(Grid.class, spec -> spec.withId("kiosks"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).id() == kioskId) {
                return (Button) _getCellComponent(grid, row, "actions").getChildren()
                        .filter(button -> button.getId().orElse("").equals(idPrefix + kioskId)).findFirst()
                        .orElseThrow();
            }
        }
        throw new AssertionError("no row for kiosk " + kioskId);
    }

    @Test
    void aKioskCannotOpenTheKiosksPage() {
        PairedKiosk paired = fixture.pairedKiosk(fixture.fair("权限", FairStatus.OPEN).id(), PrintMode.NONE, null);
        signIn(KioskFixture.kioskAuthentication(paired.kiosk()), "KIOSK");

        UI.getCurrent().navigate(KiosksView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(KiosksView.class::isInstance);
    }
}
