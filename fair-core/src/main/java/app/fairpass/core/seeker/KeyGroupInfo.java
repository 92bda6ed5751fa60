package app.fairpass.core.seeker;

import java.util.Locale;

public record KeyGroupInfo(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
