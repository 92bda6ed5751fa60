package app.fairpass.core.seeker;

/**
 * A person found by phone number at a kiosk, shown only by their masked name ("张*燕") so that a stranger typing
 * someone's number learns little; the person says "that is me" before anything happens.
 */
public record FoundPass(String maskedName) {

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
}
