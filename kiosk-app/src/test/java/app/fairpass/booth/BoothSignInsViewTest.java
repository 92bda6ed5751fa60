package app.fairpass.booth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.booth.ui.BoothSignInsView;
import app.fairpass.admin.ui.FairSelect;
import app.fairpass.booth.BoothFixture.Booths;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.BoothSignIn;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.printing.qr.QrCodes;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BoothSignInsViewTest extends KaribuTest {
    @Autowired
    BoothFixture fixture;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwords;

    @Test
    @SuppressWarnings("unchecked")
    void anOrganiserIssuesABoothSignInAndPrintsItsSheet() throws Exception {
        Booths booths = fixture.openFairWithTwoBooths();
        signIn(organiser());
        UI.getCurrent().navigate(BoothSignInsView.class);
        FairSelect fair = _get(FairSelect.class);
        fair.setValue(fair.getListDataView().getItems().filter(f -> f.id() == booths.fair().id()).findFirst()
                .orElseThrow());
        Grid<BoothSignIn> grid = _get(Grid.class, spec -> spec.withId("booth-sign-ins"));
        int row = 0;
        while (!GridKt._get(grid, row).boothNumber().equals("B07")) {
            row++;
        }
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        ((Button) actions.getComponentAt(0)).click();

        String username = _get(Paragraph.class, spec -> spec.withId("issued-username")).getText().split("：")[1];
        String password = _get(Span.class, spec -> spec.withId("issued-password")).getText();
        FairPassUser user = (FairPassUser) accounts.loadUserByUsername(username);
        assertThat(user.employerId()).isEqualTo(booths.employerB());
        assertThat(passwords.matches(password, user.passwordHash())).isTrue();
        try (var pdf = Loader.loadPDF(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("booth-sheet"))))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("B07", username, password);
            assertThat(QrCodes.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150)).orElseThrow())
                    .endsWith("/booth");
        }
    }

    @Test
    void boothStaffCannotOpenIt() {
        Booths booths = fixture.openFairWithTwoBooths();
        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothSignInsView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(BoothSignInsView.class::isInstance);
    }
}
