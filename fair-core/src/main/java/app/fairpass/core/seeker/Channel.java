package app.fairpass.core.seeker;

/** How a job seeker came to be registered. */
public enum Channel {
    ONLINE(true), KIOSK(true), IMPORT(false), DESK(false);

    private final boolean selfService;

    Channel(boolean selfService) {
        this.selfService = selfService;
    }

    /**
     * Whether anyone can type any phone number here (the public page, a kiosk): a number already known must then
     * change nothing, since the person typing it may not be its owner. Staff (import, help desk) see who is there.
     */
    public boolean selfService() {
        return selfService;
    }
}
