package app.fairpass.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the error pages share: a plain message in the visitor's language instead of Vaadin's developer page (which
 * lists routes and class names), and a log line with the path and the visitor's role, never who they are.
 */
final class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {
    }

    static void show(Component page, BeforeEnterEvent event, String what) {
        log.warn("page refused ({}): /{} for {}", what, event.getLocation().getPath(), role());
        page.getElement().removeAllChildren();
        H1 title = new H1(page.getTranslation("common.page-unavailable.title"));
        title.setId("page-unavailable");
        page.getElement().appendChild(title.getElement(),
                new Paragraph(page.getTranslation("common.page-unavailable.text")).getElement());
    }

    private static String role() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return "anonymous";
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().findFirst()
                .orElse("anonymous");
    }
}
