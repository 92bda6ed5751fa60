package app.fairpass.admin.ui;

import app.fairpass.admin.account.ui.AccountsView;
import app.fairpass.admin.audit.ui.AuditView;
import app.fairpass.admin.booth.ui.BoothSignInsView;
import app.fairpass.admin.dashboard.ui.DashboardView;
import app.fairpass.admin.employer.ui.EmployersView;
import app.fairpass.admin.fair.ui.FairsView;
import app.fairpass.admin.fair.ui.SeriesView;
import app.fairpass.admin.i18n.LanguageChoice;
import app.fairpass.admin.imports.ui.ImportView;
import app.fairpass.admin.kiosk.ui.KiosksView;
import app.fairpass.admin.report.ui.ReportsView;
import app.fairpass.admin.seeker.ui.SeekersView;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The organiser console's frame: title, who is signed in, language, sign-out, and the menu of its pages. */
@RolesAllowed(Roles.ORGANISER)
public class OrganiserLayout extends AppLayout {

    public OrganiserLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("organiser.title"));
        title.addClassName("fp-app-title");
        Span user = new Span(authentication.getAuthenticatedUser(FairPassUser.class)
                .map(FairPassUser::displayName).orElse(""));
        Button language = new Button(getTranslation("common.language.other"),
                click -> LanguageChoice.toggle(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language");
        Button signOut = new Button(getTranslation("common.sign-out"), click -> authentication.logout());
        signOut.setId("sign-out");
        HorizontalLayout bar = new HorizontalLayout(title, user, language, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("fp-navbar");
        addToNavbar(new DrawerToggle(), bar);
        addToDrawer(navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.addItem(item("console.nav.fairs", FairsView.class, VaadinIcon.CALENDAR),
                item("console.nav.series", SeriesView.class, VaadinIcon.FOLDER_OPEN),
                item("console.nav.employers", EmployersView.class, VaadinIcon.BUILDING),
                item("booth-sign-in.title", BoothSignInsView.class, VaadinIcon.KEY),
                item("console.nav.seekers", SeekersView.class, VaadinIcon.USERS),
                item("console.nav.dashboard", DashboardView.class, VaadinIcon.DASHBOARD),
                item("kiosk.admin.title", KiosksView.class, VaadinIcon.TABLET),
                item("console.nav.reports", ReportsView.class, VaadinIcon.FILE_TEXT),
                item("console.nav.import", ImportView.class, VaadinIcon.UPLOAD),
                item("console.nav.accounts", AccountsView.class, VaadinIcon.USER_CARD),
                item("console.nav.audit", AuditView.class, VaadinIcon.RECORDS));
        return nav;
    }

    private SideNavItem item(String key, Class<? extends Component> view, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), view, icon.create());
    }
}
