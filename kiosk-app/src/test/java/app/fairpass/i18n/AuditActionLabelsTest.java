package app.fairpass.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.export.ExportKind;
import app.fairpass.core.fair.FairStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every action the code can write to the audit log has a label on the organisers' audit screen, in Chinese and in
 * English. The actions are read from the calls of {@code AuditLog.record} / {@code recordBy} in the main sources:
 * a string literal, or a prefix and an enum's constant ({@code "EXPORT_" + kind}).
 */
class AuditActionLabelsTest {
    private static final List<Path> SOURCES = Stream.of("fair-core", "fair-admin", "kiosk-app")
            .map(module -> Path.of("..", module, "src", "main", "java")).toList();
    private static final Pattern CALL = Pattern.compile("\\baudit\\.record(By)?\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z_]*)\"");
    /** The action families written as a prefix and an enum's name. */
    private static final Map<String, Class<? extends Enum<?>>> FAMILIES = Map.of("BOOTH_", RecordKind.class,
            "EXPORT_", ExportKind.class, "FAIR_", FairStatus.class);

    @ParameterizedTest(name = "console{0}.properties")
    @ValueSource(strings = {"", "_en"})
    void everyActionTheCodeWritesHasALabel(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/console" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> actions = actionsWritten();
        assertThat(actions).as("actions found in the sources").contains("SIGN_IN", "SIGN_IN_FAILED", "CHECK_IN",
                "EXPORT_FOLLOW_UP", "FAIR_OPEN", "BOOTH_INTENTION").hasSizeGreaterThan(25);

        assertThat(actions.stream().filter(action -> bundle.getProperty("console.audit.action." + action) == null))
                .as("actions without console.audit.action.<ACTION> in console%s.properties", language).isEmpty();
    }

    private static TreeSet<String> actionsWritten() throws IOException {
        TreeSet<String> actions = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher call = CALL.matcher(source);
                    while (call.find()) {
                        List<String> arguments = arguments(source, call.end());
                        String action = arguments.get(call.group(1) == null ? 0 : 1);
                        actions.addAll(actions(action, file));
                    }
                }
            }
        }
        return actions;
    }

    /** The actions one argument expression can be. */
    private static List<String> actions(String expression, Path file) {
        Matcher literals = LITERAL.matcher(expression);
        List<String> found = new ArrayList<>();
        while (literals.find()) {
            found.add(literals.group(1));
        }
        if (found.size() == 1 && expression.contains("+")) {
            Class<? extends Enum<?>> family = FAMILIES.get(found.get(0));
            if (family == null) {
                fail("%s writes the action %s: add its enum to FAMILIES", file, expression);
            }
            return Arrays.stream(family.getEnumConstants()).map(constant -> found.get(0) + constant.name()).toList();
        }
        if (found.isEmpty()) {
            fail("%s writes the action %s, which this test cannot read: write it as a literal", file, expression);
        }
        return found;
    }

    /** The top-level, comma-separated arguments of the call whose "(" ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                inString = c != '"' || source.charAt(i - 1) == '\\';
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                arguments.add(current.toString().strip());
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("unclosed call");
    }
}
