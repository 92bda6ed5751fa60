package app.fairpass.core.account;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** The one-time set-up code for the first organiser account, new on every start, printed on the console. */
@Component
public class FirstRunToken {
    private final String value;

    FirstRunToken() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(random.nextInt(10));
        }
        value = code.toString();
    }

    public String value() {
        return value;
    }
}
