package app.fairpass.core.seeker;

/** How a job seeker came to be registered. */
public enum Channel {
    ONLINE, KIOSK, IMPORT, DESK
}
