package app.fairpass.core.kiosk;

/** Where a kiosk's badges go: a printer queue on the server, the kiosk browser's own print, or nowhere. */
public enum PrintMode {
    SERVER_QUEUE, BROWSER, NONE
}
