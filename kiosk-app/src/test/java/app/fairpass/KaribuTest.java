package app.fairpass;

import app.fairpass.core.account.FairPassUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Views driven server-side by Karibu-Testing in the real Spring context. Signing in sets both Spring Security's
 * context (for the services' method security) and the fake request's principal (for Vaadin's view access checks),
 * the two things the servlet filter chain does in a real server.
 */
public abstract class KaribuTest {
    public static final Routes ROUTES = new Routes().autoDiscoverViews("app.fairpass");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** A browser of its own: a new session (the old one is gone), anonymous. */
    protected void anotherBrowser() {
        tearDownVaadin();
        setUpVaadin();
    }

    protected void signIn(FairPassUser user) {
        signIn(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()), user.role());
    }

    protected void signIn(Authentication authentication, String role) {
        signInCurrentRequest(authentication, role);
    }

    /** Signs the current mock request in, for tests and for measurements that open many UIs. */
    public static void signInCurrentRequest(Authentication authentication, String role) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, asked) -> asked.equals(role));
    }

    /** Back to an anonymous visitor, for both Spring Security and Vaadin's view access checks. */
    protected void signOut() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    protected static FairPassUser organiser() {
        return new FairPassUser(0, "test-organiser", "测试管理员", "", "ORGANISER", null, true);
    }

    protected static FairPassUser kiosk() {
        return new FairPassUser(0, "test-kiosk", "1号签到机", "", "KIOSK", null, true);
    }
}
