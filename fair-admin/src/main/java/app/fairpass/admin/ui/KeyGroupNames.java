package app.fairpass.admin.ui;

import app.fairpass.core.seeker.KeyGroupInfo;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Key group codes to their names in the screen's language. */
public class KeyGroupNames {
    private final Map<String, String> names;

    public KeyGroupNames(List<KeyGroupInfo> groups, Locale locale) {
        names = groups.stream().collect(Collectors.toMap(KeyGroupInfo::code, group -> group.name(locale)));
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    public String join(Collection<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining("、"));
    }
}
