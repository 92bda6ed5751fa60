package app.fairpass.core.account;

/** The roles of docs/architecture.md "Roles", as used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String ORGANISER = "ORGANISER";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String KIOSK = "KIOSK";

    private Roles() {
    }
}
