package app.fairpass.demo;

import app.fairpass.core.booth.RecordKind;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * What happens on a fair day, in time order. People arrive between 09:00 and 12:00 with the crowd at its
 * densest around 10:00; a few scan their pass twice. About half of those who came hand in resumes, to one booth
 * or a few, bigger employers drawing more; some of them reach an intention with a booth they gave a resume to,
 * minutes after handing it in. Everything follows from the plan and its seed.
 */
final class FairDaySchedule {
    private static final LocalTime FIRST_ARRIVAL = LocalTime.of(9, 0);
    private static final int ARRIVAL_MINUTES = 180;
    private static final double PEAK_MINUTE = 60;
    private static final double PEAK_SPREAD_MINUTES = 40;

    /** Something one person does at {@code at}: {@code person} indexes the registered passes. */
    sealed interface Step permits Scan, BoothRecord {
        LocalTime at();
    }

    /** A pass scanned at entrance kiosk {@code entrance}. */
    record Scan(LocalTime at, int person, int entrance) implements Step {
    }

    /**
     * A booth ({@code employer} indexes the booths) records a badge, scanned or with its short id typed;
     * {@code position} indexes the employer's positions, for intentions.
     */
    record BoothRecord(LocalTime at, int person, int employer, RecordKind kind, Integer position, boolean typed)
            implements Step {
    }

    private FairDaySchedule() {
    }

    /**
     * The day's steps, earliest first. {@code openingsPerBooth} and {@code positionsPerBooth} describe the booths in
     * the order their index refers to.
     */
    static List<Step> plan(FairDayPlan plan, int[] openingsPerBooth, int[] positionsPerBooth, LocalTime closes) {
        Random random = new Random(plan.seed());
        List<Step> steps = new ArrayList<>();
        List<Integer> attendees = new ArrayList<>(IntStream.range(0, plan.registered()).boxed().toList());
        Collections.shuffle(attendees, random);
        attendees = attendees.subList(0, plan.checkedIn());
        LocalTime[] arrival = new LocalTime[plan.registered()];
        for (int person : attendees) {
            arrival[person] = arrivalTime(random);
            int entrance = random.nextInt(2);
            steps.add(new Scan(arrival[person], person, entrance));
            if (random.nextInt(100) < 2) {
                steps.add(new Scan(arrival[person].plusSeconds(20 + random.nextInt(120)), person, entrance));
            }
        }

        // Everyone in the active part hands in one resume, and the rest of the resumes go to them as second or
        // third booths, so the people count stays below the record count as at a real fair.
        int active = Math.max(plan.intentions(), Math.min(plan.resumes(), plan.checkedIn() * 11 / 20));
        List<Integer> applicants = attendees.subList(0, active);
        List<LinkedHashSet<Integer>> booths = new ArrayList<>();
        applicants.forEach(person -> booths.add(new LinkedHashSet<>(List.of(weightedBooth(random,
                openingsPerBooth)))));
        for (int extra = active; extra < plan.resumes(); ) {
            LinkedHashSet<Integer> visited = booths.get(random.nextInt(active));
            if (visited.size() < openingsPerBooth.length && visited.add(weightedBooth(random, openingsPerBooth))) {
                extra++;
            }
        }

        List<Integer> reachingIntention = new ArrayList<>(IntStream.range(0, active).boxed().toList());
        Collections.shuffle(reachingIntention, random);
        LinkedHashSet<Integer> withIntention = new LinkedHashSet<>(reachingIntention.subList(0, plan.intentions()));
        LocalTime lastRecord = closes.minusMinutes(1);
        for (int a = 0; a < active; a++) {
            int person = applicants.get(a);
            List<Integer> visited = List.copyOf(booths.get(a));
            int intentionAt = withIntention.contains(a) ? random.nextInt(visited.size()) : -1;
            // One in six of those with an intention and several booths reach a second one.
            int secondIntentionAt = intentionAt >= 0 && visited.size() > 1 && random.nextInt(6) == 0
                    ? (intentionAt + 1) % visited.size() : -1;
            LocalTime at = arrival[person];
            for (int v = 0; v < visited.size(); v++) {
                int booth = visited.get(v);
                at = earliest(at.plusMinutes(8 + random.nextInt(38)).plusSeconds(random.nextInt(60)), lastRecord);
                steps.add(new BoothRecord(at, person, booth, RecordKind.RESUME, null, random.nextInt(8) == 0));
                if (v == intentionAt || v == secondIntentionAt) {
                    at = earliest(at.plusMinutes(3 + random.nextInt(18)), lastRecord);
                    steps.add(new BoothRecord(at, person, booth, RecordKind.INTENTION,
                            random.nextInt(positionsPerBooth[booth]), random.nextInt(8) == 0));
                }
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    /** 09:00–12:00, the densest hour 09:30–10:30: a normal curve around 10:00, its tails cut at the window. */
    private static LocalTime arrivalTime(Random random) {
        double minute;
        do {
            minute = PEAK_MINUTE + random.nextGaussian() * PEAK_SPREAD_MINUTES;
        } while (minute < 0 || minute >= ARRIVAL_MINUTES);
        return FIRST_ARRIVAL.plusSeconds((long) (minute * 60));
    }

    /** A booth index, each booth as likely as its share of the fair's openings. */
    private static int weightedBooth(Random random, int[] openingsPerBooth) {
        int total = IntStream.of(openingsPerBooth).sum();
        int pick = random.nextInt(total);
        for (int booth = 0; ; booth++) {
            pick -= openingsPerBooth[booth];
            if (pick < 0) {
                return booth;
            }
        }
    }

    private static LocalTime earliest(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
