package app.fairpass.core.pass;

/**
 * Crockford's base 32: digits and uppercase letters without I, L, O and U, so codes survive being read aloud,
 * typed by hand and typed by a scanner through a keyboard layout; all of it is QR alphanumeric.
 */
final class Base32 {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Base32() {
    }

    /** The low {@code 5 * length} bits of {@code value}, most significant first. */
    static String encode(long value, int length) {
        char[] out = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }

    /** The value of {@code text}, or -1 when it holds a character outside the alphabet or is longer than 12. */
    static long decode(String text) {
        if (text.length() > 12) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = (value << 5) | digit;
        }
        return value;
    }

    static boolean isAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
