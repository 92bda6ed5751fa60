package app.fairpass.core.account;

import app.fairpass.core.text.PlainText;
import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;

public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}") String username,
        @NotBlank @Size(max = 100) @Printable String displayName,
        @NotBlank @Size(min = MIN_PASSWORD) String password) {

    public static final int MIN_PASSWORD = 10;
    /** BCrypt reads at most 72 bytes and refuses a longer password outright: it could never be stored. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public NewAccount {
        displayName = PlainText.strip(displayName);
    }

    /** The rule a form checks before it calls a service: long enough, and short enough to be hashed. */
    public static boolean isAcceptablePassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    @AssertTrue(message = "password longer than the hash can take")
    public boolean isPasswordHashable() {
        return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    /** Keeps the password out of logs and toString() calls. */
    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
