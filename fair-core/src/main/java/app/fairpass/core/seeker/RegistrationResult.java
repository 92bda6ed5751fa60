package app.fairpass.core.seeker;

import app.fairpass.core.pass.PassRef;

/** {@code pass} and {@code seeker} are present when the outcome is REGISTERED or ALREADY_REGISTERED. */
public record RegistrationResult(Outcome outcome, PassRef pass, SeekerCard seeker) {

    public enum Outcome {
        REGISTERED,
        /**
         * Import or help desk: the phone number already holds a pass for this fair; that pass is returned, the
         * answers updated.
         */
        ALREADY_REGISTERED,
        /**
         * Self-service (online, kiosk): the phone number is already known. Nothing was changed and no pass is
         * returned, because the screen cannot tell the owner of the number from someone typing it: the owner
         * confirms their masked name at a kiosk ("find my pass", {@link PassFinder}) or goes to the help desk.
         */
        PHONE_ALREADY_KNOWN,
        FAIR_CLOSED
    }
}
