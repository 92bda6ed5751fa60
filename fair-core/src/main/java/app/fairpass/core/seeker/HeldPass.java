package app.fairpass.core.seeker;

import app.fairpass.core.pass.PassRef;

/** A pass issued earlier and the card of the person holding it. */
public record HeldPass(PassRef pass, SeekerCard holder) {
}
