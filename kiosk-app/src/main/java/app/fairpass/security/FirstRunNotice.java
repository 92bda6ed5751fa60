package app.fairpass.security;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.FirstRunToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a server with no organiser yet, prints where to create the first one and the one-time set-up code. Only
 * someone who can see the server's console can finish the set-up.
 */
@Component
@Order(100)
class FirstRunNotice implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstRunNotice.class);
    private final AccountService accounts;
    private final FirstRunToken token;

    FirstRunNotice(AccountService accounts, FirstRunToken token) {
        this.accounts = accounts;
        this.token = token;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.needsFirstOrganiser()) {
            log.warn("\n\n  首次运行 / First run: open /setup in a browser and enter the set-up code {}\n", token.value());
        }
    }
}
