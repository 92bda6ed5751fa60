package app.fairpass.core.account;

/** A new booth sign-in with its password, shown once (only its hash is kept). */
public record IssuedBoothSignIn(String fairName, String employerName, String boothNumber, String username,
        String password) {

    /** Keeps the password out of logs and toString() calls. */
    @Override
    public String toString() {
        return "IssuedBoothSignIn[" + username + "]";
    }
}
