package app.fairpass.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.audit.AuditAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every action the audit log can record has a label on the organisers' audit screen, in Chinese and in English. */
class AuditActionLabelsTest {

    @ParameterizedTest(name = "console{0}.properties")
    @ValueSource(strings = {"", "_en"})
    void everyAuditActionHasALabel(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/console" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(Arrays.stream(AuditAction.values())
                .filter(action -> bundle.getProperty("console.audit.action." + action.name()) == null))
                .as("actions without console.audit.action.<ACTION> in console%s.properties", language).isEmpty();
    }
}
