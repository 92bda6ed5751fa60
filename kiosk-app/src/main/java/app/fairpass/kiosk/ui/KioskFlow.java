package app.fairpass.kiosk.ui;

import app.fairpass.core.checkin.CheckInResult;
import app.fairpass.kiosk.KioskDesk.Badge;
import app.fairpass.kiosk.KioskDesk.KioskSetup;
import java.time.Duration;

/** What a kiosk screen asks of the kiosk around it: the next screen, printing, and when to start over. */
interface KioskFlow {

    KioskSetup kiosk();

    /** Back to the start screen for whoever comes next, in Chinese. */
    void nextPerson();

    /** Back to the start screen for the same person ("back"). */
    void showIdle();

    void showResult(CheckInResult result);

    void showWalkUp();

    /** {@code knownPhone}: a walk-up's number that is already registered, or null. */
    void showFind(String knownPhone);

    /** Prints on the kiosk's printer; {@code notPrinted} runs on the UI when the badge did not print. */
    void print(Badge badge, Runnable notPrinted);

    /** Starts over for the next person after this long, unless the screen changes first. */
    void resetLater(Duration after);
}
