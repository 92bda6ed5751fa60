package app.fairpass.admin.ui;

import app.fairpass.admin.i18n.LanguageChoice;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
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

    /** Every page that declares a {@code @Menu} and that this user may open, in its order; titles are keys. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        for (MenuEntry page : MenuConfiguration.getMenuEntries()) {
            String[] icon = page.icon().split(":", 2);
            nav.addItem(new SideNavItem(getTranslation(page.title()), page.path(), new Icon(icon[0], icon[1])));
        }
        return nav;
    }
}
