package app.fairpass.core.pass;

/**
 * A pass code as printed in the QR: {@code FP1} (format 1), one key id character, the fair id in 4 characters,
 * a 64-bit random id in 13 characters and a 50-bit truncated HMAC-SHA256 in 10 characters; 31 ASCII characters,
 * which fit a version 2 QR at level M in alphanumeric mode. It holds no personal data.
 */
public record PassCode(char keyId, long fairId, String randomId, String mac) {
    static final String PREFIX = "FP1";
    static final int FAIR_CHARS = 4;
    static final int RANDOM_CHARS = 13;
    static final int MAC_CHARS = 10;
    public static final int LENGTH = PREFIX.length() + 1 + FAIR_CHARS + RANDOM_CHARS + MAC_CHARS;
    static final int SHORT_ID_CHARS = 8;

    /** The part the MAC is computed over. */
    String signedPart() {
        return PREFIX + keyId + Base32.encode(fairId, FAIR_CHARS) + randomId;
    }

    public String text() {
        return signedPart() + mac;
    }

    /** What a person can type at a booth: the first 8 characters of the random id. */
    public String shortId() {
        return randomId.substring(0, SHORT_ID_CHARS);
    }

    /** The structure of a cleaned code, before any MAC check; {@code null} when it is not a pass code at all. */
    static PassCode parse(String cleaned) {
        if (cleaned.length() != LENGTH || !cleaned.startsWith(PREFIX)) {
            return null;
        }
        String body = cleaned.substring(PREFIX.length());
        if (!Base32.isAlphabet(body)) {
            return null;
        }
        int at = 1;
        long fairId = Base32.decode(body.substring(at, at + FAIR_CHARS));
        at += FAIR_CHARS;
        String randomId = body.substring(at, at + RANDOM_CHARS);
        at += RANDOM_CHARS;
        return new PassCode(body.charAt(0), fairId, randomId, body.substring(at));
    }

    /** "7K3M9QX2" shown as "7K3M-9QX2". */
    public static String displayShortId(String shortId) {
        return shortId.substring(0, 4) + "-" + shortId.substring(4);
    }
}
