package app.fairpass;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The inputs every form, scanner and endpoint is fed in the bad-input tests, and what a text field of a given size
 * should make of each. The oracle is written out here, not borrowed from the application's own check.
 */
public enum HostileInput {
    EMPTY(""),
    BLANK("  \u3000 "),
    VERY_LONG("长".repeat(10_000)),
    NUL("张\u0000燕"),
    CONTROL_CHARACTERS("张燕\u0007\u001b[2J"),
    RTL_OVERRIDE("张燕\u202Egpj.exe"),
    EMOJI("张燕😀👩‍💻"),
    CJK_EXTENSION_B("𠀀𠀁𪚥"),
    SQL_INJECTION("'; DROP TABLE job_seeker; --"),
    SCRIPT_INJECTION("<script>alert(1)</script>"),
    PATH_TRAVERSAL("../../etc/passwd"),
    ENCODED_NUL("%00"),
    FULL_WIDTH("ＡＢＣ１２３张燕");

    /** For HTTP bodies and headers: far past anything a form sends. */
    public static final String ONE_MEGABYTE = "x".repeat(1 << 20);
    /** Right prefix and length, but no pass ever had this MAC. */
    public static final String FORGED_CODE = "FP1A0001AAAAAAAAAAAAAAAAAAAAAAA";

    private final String text;

    HostileInput(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** What a text field should do with this input. */
    public enum Verdict {
        /** Refused: the field is required. */
        REQUIRED,
        /** Refused: longer than the field. */
        TOO_LONG,
        /** Refused: characters a database or a reader cannot take. */
        INVISIBLE,
        /** Accepted as "nothing" in an optional field. */
        STORED_EMPTY,
        /** Stored literally, stripped of outer spaces as every field is. */
        STORED
    }

    public Verdict verdictFor(int max, boolean required) {
        if (text.isBlank()) {
            return required ? Verdict.REQUIRED : Verdict.STORED_EMPTY;
        }
        if (this == NUL || this == CONTROL_CHARACTERS || this == RTL_OVERRIDE) {
            return Verdict.INVISIBLE;
        }
        return text.length() > max ? Verdict.TOO_LONG : Verdict.STORED;
    }

    /** The message a refused field shows, in Chinese as the screens first speak. */
    public static String zhMessage(Verdict verdict, int max, String requiredMessage) {
        return switch (verdict) {
            case REQUIRED -> requiredMessage;
            case TOO_LONG -> "最多 " + max + " 个字符";
            case INVISIBLE -> "含有看不见的控制字符，无法保存。请删掉后重新输入。";
            case STORED_EMPTY, STORED -> throw new IllegalArgumentException(verdict + " is not refused");
        };
    }

    public static Stream<HostileInput> all() {
        return Arrays.stream(values());
    }

    /** A real code with its last MAC character changed: the shape of a pass, the signature of none. */
    public static String forge(String realCode) {
        char last = realCode.charAt(realCode.length() - 1);
        return realCode.substring(0, realCode.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
