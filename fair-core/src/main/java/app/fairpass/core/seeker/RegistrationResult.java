package app.fairpass.core.seeker;

import app.fairpass.core.pass.PassRef;

/** {@code pass} and {@code seeker} are present unless the outcome is {@link Outcome#FAIR_CLOSED}. */
public record RegistrationResult(Outcome outcome, PassRef pass, SeekerCard seeker) {

    public enum Outcome {
        REGISTERED,
        /** The phone number already holds a pass for this fair: that pass is returned, answers updated. */
        ALREADY_REGISTERED,
        FAIR_CLOSED
    }
}
