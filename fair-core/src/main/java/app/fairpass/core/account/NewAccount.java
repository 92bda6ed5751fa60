package app.fairpass.core.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(min = MIN_PASSWORD, max = 200) String password) {

    public static final int MIN_PASSWORD = 10;

    /** Keeps the password out of logs and toString() calls. */
    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
