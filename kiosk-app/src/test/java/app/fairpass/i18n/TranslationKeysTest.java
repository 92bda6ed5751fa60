package app.fairpass.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every key of every bundle exists, non-empty, in Chinese (the base file) and in English. */
class TranslationKeysTest {
    private static final List<String> LANGUAGE_SUFFIXES = List.of("_en");

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() throws Exception {
        Resource[] bases = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int checked = 0;
        for (Resource base : bases) {
            String name = base.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Properties chinese = load(base);
            for (String suffix : LANGUAGE_SUFFIXES) {
                Resource translated = base.createRelative(name.replace(".properties", suffix + ".properties"));
                assertThat(translated.exists()).as("%s has no %s file", name, suffix).isTrue();
                Properties other = load(translated);
                assertThat(other.stringPropertyNames()).as("keys of %s%s", name, suffix)
                        .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
                other.forEach((key, value) -> assertThat(value.toString()).as("%s in %s%s", key, name, suffix)
                        .isNotBlank());
            }
            chinese.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, name).isNotBlank());
            checked++;
        }
        assertThat(checked).as("bundles found").isGreaterThanOrEqualTo(2);
    }

    private static Properties load(Resource resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
