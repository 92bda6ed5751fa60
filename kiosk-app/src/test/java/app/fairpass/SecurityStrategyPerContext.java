package app.fairpass;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context of the tests installs its own Vaadin-aware security-context strategy as the JVM-wide one
 * when it starts, while its method security keeps using its own bean. With several cached contexts (Karibu, a
 * real server) the last one started would win, and a test of an earlier context would sign in where its
 * services do not look. So before each test, the JVM-wide strategy is set back to the test's own context's.
 */
public class SecurityStrategyPerContext implements TestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext.getApplicationContext());
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext.getApplicationContext());
    }

    private static void install(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
