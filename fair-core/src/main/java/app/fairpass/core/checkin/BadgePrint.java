package app.fairpass.core.checkin;

/**
 * What a kiosk's printer made of one badge: handed over to print, or not, with a reason a venue technician can
 * act on (never personal data).
 */
public record BadgePrint(boolean reprint, boolean printed, String problem) {

    public static BadgePrint printed(boolean reprint) {
        return new BadgePrint(reprint, true, null);
    }

    public static BadgePrint failed(boolean reprint, String problem) {
        return new BadgePrint(reprint, false, problem);
    }
}
