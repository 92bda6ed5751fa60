package app.fairpass.core.kiosk;

/** The answer to a pairing: the device credential, to be kept by the device only (only its hash is stored). */
public record PairedKiosk(KioskPrincipal kiosk, String deviceToken) {

    @Override
    public String toString() {
        return "PairedKiosk[" + kiosk + "]";
    }
}
