package app.fairpass.admin.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations from Spring's MessageSource: one set of bundles (common, organiser, kiosk, ...) for every
 * screen. Simplified Chinese comes first and is the fallback; English is the other language.
 */
@Component
public class MessageSourceI18NProvider implements I18NProvider {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);
    private static final Logger log = LoggerFactory.getLogger(MessageSourceI18NProvider.class);

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            log.warn("missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    /** The translation if a bundle has the key, without a warning: for keys made from stored codes. */
    public Optional<String> find(String key, Locale locale) {
        return Optional.ofNullable(messages.getMessage(key, null, null, supported(locale)));
    }

    /** English for English-speaking browsers, Simplified Chinese for everyone else. */
    public static Locale supported(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }
}
