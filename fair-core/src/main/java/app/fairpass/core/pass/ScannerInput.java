package app.fairpass.core.pass;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans what a scanner or a person typed before it is validated: USB scanners may add a symbology prefix
 * ("]Q1"), Enter, Tab or other control characters; an input method may type full-width characters; people type
 * lowercase and confuse O with 0 and I or L with 1.
 */
public final class ScannerInput {
    /** Far above any code; longer input is rejected unread so a stuck scanner cannot make the server work. */
    public static final int MAX_RAW_LENGTH = 256;

    private ScannerInput() {
    }

    /** The cleaned code, or an empty string when the input is empty or too long to be a code. */
    public static String clean(String raw) {
        if (raw == null || raw.length() > MAX_RAW_LENGTH) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        String compact = out.toString();
        if (compact.length() >= 3 && compact.startsWith("]Q") && Character.isDigit(compact.charAt(2))) {
            compact = compact.substring(3);
        }
        return crockford(compact.toUpperCase(Locale.ROOT));
    }

    private static String crockford(String upper) {
        return upper.replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
