package app.fairpass.core.seeker;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The Chinese words for education levels as services write them in their sheets. */
public final class EducationWords {
    private static final Map<Education, String> WORD = new EnumMap<>(Map.of(
            Education.JUNIOR_HIGH_OR_BELOW, "初中及以下", Education.HIGH_SCHOOL, "高中",
            Education.VOCATIONAL_SECONDARY, "中专", Education.JUNIOR_COLLEGE, "大专", Education.BACHELOR, "本科",
            Education.MASTER, "硕士", Education.DOCTORATE, "博士"));
    private static final Map<String, Education> SYNONYMS = Map.of("初中", Education.JUNIOR_HIGH_OR_BELOW,
            "小学", Education.JUNIOR_HIGH_OR_BELOW, "中职", Education.VOCATIONAL_SECONDARY,
            "技校", Education.VOCATIONAL_SECONDARY, "专科", Education.JUNIOR_COLLEGE, "高职", Education.JUNIOR_COLLEGE,
            "研究生", Education.MASTER);

    private EducationWords() {
    }

    public static String word(Education education) {
        return education == null ? "" : WORD.get(education);
    }

    /** The level a word names ("本科", "大专以上", or the enum's own name), if it names one. */
    public static Optional<Education> parse(String word) {
        String clean = word.replace("及以上", "").replace("以上", "").strip();
        for (Map.Entry<Education, String> entry : WORD.entrySet()) {
            if (entry.getValue().equals(clean) || entry.getKey().name().equals(clean)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.ofNullable(SYNONYMS.get(clean));
    }
}
