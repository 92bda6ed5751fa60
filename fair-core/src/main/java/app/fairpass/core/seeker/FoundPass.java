package app.fairpass.core.seeker;

/**
 * A pass found by phone number at a kiosk: the name masked ("张*燕") so that a stranger typing someone's number
 * learns little, and the pass code to check in with.
 */
public record FoundPass(String maskedName, String passCode) {

    /** Keeps the first and last character: "张*燕", "王*", "欧**华". */
    static String mask(String name) {
        int[] chars = name.codePoints().toArray();
        if (chars.length <= 1) {
            return name;
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        int hidden = chars.length == 2 ? 1 : chars.length - 2;
        masked.append("*".repeat(hidden));
        if (chars.length > 2) {
            masked.appendCodePoint(chars[chars.length - 1]);
        }
        return masked.toString();
    }

    @Override
    public String toString() {
        return "FoundPass[" + maskedName + "]";
    }
}
