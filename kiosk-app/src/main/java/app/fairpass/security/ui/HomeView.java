package app.fairpass.security.ui;

import app.fairpass.admin.fair.ui.FairsView;
import app.fairpass.booth.ui.BoothView;
import app.fairpass.core.account.Roles;
import app.fairpass.kiosk.ui.KioskView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The server's address on its own: each signed-in role goes to its own start page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Roles.ORGANISER)) {
            event.forwardTo(FairsView.class);
        } else if (authentication.hasRole(Roles.EMPLOYER)) {
            event.forwardTo(BoothView.class);
        } else if (authentication.hasRole(Roles.KIOSK)) {
            event.forwardTo(KioskView.class);
        } else {
            event.forwardTo(SignInView.class);
        }
    }
}
