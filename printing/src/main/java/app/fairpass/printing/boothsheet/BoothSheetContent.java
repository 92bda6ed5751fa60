package app.fairpass.printing.boothsheet;

import java.util.Objects;

/** What an employer's booth staff need to sign in: where, and with which account. */
public record BoothSheetContent(String fairName, String employer, String boothNumber, String signInUrl,
        String username, String password) {

    public BoothSheetContent {
        Objects.requireNonNull(fairName, "fairName");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(boothNumber, "boothNumber");
        Objects.requireNonNull(signInUrl, "signInUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }
}
