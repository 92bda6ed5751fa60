package app.fairpass.core.booth;

import java.util.List;

/** @param people distinct job seekers with any record at this booth */
public record BoothTotals(long resumes, long intentions, long people) {

    public static BoothTotals of(List<BoothEntry> entries) {
        long resumes = entries.stream().filter(e -> e.kind() == RecordKind.RESUME).count();
        long intentions = entries.stream().filter(e -> e.kind() == RecordKind.INTENTION).count();
        long people = entries.stream().map(BoothEntry::shortId).distinct().count();
        return new BoothTotals(resumes, intentions, people);
    }
}
