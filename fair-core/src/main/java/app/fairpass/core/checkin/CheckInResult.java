package app.fairpass.core.checkin;

import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.SeekerCard;
import java.time.Instant;

/**
 * The answer to a scan. {@code pass} and {@code seeker} are present once the pass is known; {@code firstAt} and
 * {@code firstKiosk} for the admitted outcomes; {@code otherFairName} for {@link CheckInOutcome#WRONG_FAIR}.
 */
public record CheckInResult(CheckInOutcome outcome, PassRef pass, SeekerCard seeker, Instant firstAt,
        String firstKiosk, String otherFairName) {

    public static CheckInResult rejected(CheckInOutcome outcome) {
        return new CheckInResult(outcome, null, null, null, null, null);
    }
}
