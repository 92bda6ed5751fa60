package app.fairpass.core.seeker;

import app.fairpass.core.pass.PassRef;

/** {@code pass} and {@code seeker} are present when the outcome is REGISTERED or ALREADY_REGISTERED. */
public record RegistrationResult(Outcome outcome, PassRef pass, SeekerCard seeker) {

    public enum Outcome {
        REGISTERED,
        /** The phone number already holds a pass for this fair: that pass is returned, answers updated. */
        ALREADY_REGISTERED,
        /**
         * Online only: the phone number is already known. Nothing was changed and no pass is returned, because the
         * public page cannot tell the owner of the number from someone typing it: the owner gets the pass at a
         * kiosk ("find my pass") or at the help desk.
         */
        PHONE_ALREADY_KNOWN,
        FAIR_CLOSED
    }
}
