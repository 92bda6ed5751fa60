package app.fairpass.core.stats;

import app.fairpass.core.booth.BoothRecorded;
import app.fairpass.core.booth.IntentionMoved;
import app.fairpass.core.checkin.CheckedIn;
import app.fairpass.core.pass.PassIssued;
import app.fairpass.core.seeker.KeyGroupsChanged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each fair's figures as running tallies in {@code fair_tally}, so a dashboard refresh reads a few thousand
 * rows instead of counting every record (docs/benchmarks.md, "Live dashboard at scale"). {@link FairTallyRecount}
 * counts the same from the records.
 * <p>
 * The features that write the records know nothing of it: each publishes what happened ({@link PassIssued},
 * {@link CheckedIn}, {@link BoothRecorded}, {@link IntentionMoved}, {@link KeyGroupsChanged}) after writing it, and
 * these listeners run synchronously in the writer's transaction (which they require), so a figure commits or rolls
 * back with its record, and a failed tally change fails the write.
 * <p>
 * Each tally is split into stripes, one per writing device (the kiosk for check-ins, the employer for booth
 * records, 0 otherwise), summed when read: PostgreSQL holds an updated row's lock until commit, and kiosks checking
 * people in by the hundred a minute must not queue behind one row. A concurrent first insert of the same row fails
 * one transaction on the primary key; the write services run in {@code ConflictRetry}, which tries again.
 * <p>
 * Every change that reads a person's key groups or other records first locks the person's row: the figures by key
 * group and "people with an intention" depend on them, and two transactions about one person must not each miss
 * the other's uncommitted change.
 */
@Component
class FairTally {
    private static final String MERGE = """
            MERGE INTO fair_tally t USING (%s) d
            ON (t.fair_id = ? AND t.figure = d.figure AND t.item = d.item AND t.stripe = ?)
            WHEN MATCHED THEN UPDATE SET n = t.n + d.n
            WHEN NOT MATCHED THEN INSERT (fair_id, figure, item, stripe, n) VALUES (?, d.figure, d.item, ?, d.n)
            """;
    private static final String ITEMS = "SELECT v.figure, v.item, v.n FROM (VALUES %s) AS v (figure, item, n)";
    private static final String ITEM = "(CAST(? AS VARCHAR(24)), CAST(? AS VARCHAR(40)), CAST(? AS BIGINT))";
    private static final String BY_KEY_GROUP = " UNION ALL SELECT k.figure, g.key_group_code, k.n"
            + " FROM (VALUES %s) AS k (figure, n) JOIN job_seeker_key_group g ON g.job_seeker_id = ?";
    private static final String KEY_GROUP_ITEM = "(CAST(? AS VARCHAR(24)), CAST(? AS BIGINT))";
    /** What one person has at each fair they hold a pass for: what their key groups are counted with. */
    private static final String PERSON_AT_FAIRS = """
            SELECT p.fair_id,
              (SELECT COUNT(*) FROM check_in c WHERE c.pass_id = p.id) AS checked_in,
              (SELECT COUNT(*) FROM booth_record r WHERE r.fair_id = p.fair_id AND r.job_seeker_id = p.job_seeker_id
                 AND r.kind = 'RESUME') AS resumes,
              (SELECT COUNT(*) FROM booth_record r WHERE r.fair_id = p.fair_id AND r.job_seeker_id = p.job_seeker_id
                 AND r.kind = 'INTENTION') AS intentions
            FROM pass p WHERE p.job_seeker_id = ?
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    FairTally(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void passIssued(PassIssued pass) {
        holdPerson(pass.jobSeekerId());
        add(pass.fairId(), 0, List.of(Change.whole(Figure.REGISTERED, 1)), pass.jobSeekerId(),
                List.of(Figure.REGISTERED));
    }

    /** Counted in the stripe of the kiosk. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void checkedIn(CheckedIn entry) {
        holdPerson(entry.jobSeekerId());
        String slot = FairStatsService.slotOf(entry.at().atZone(clock.getZone()).toLocalTime()).toString();
        add(entry.fairId(), entry.kioskId(),
                List.of(Change.whole(Figure.CHECKED_IN, 1), new Change(Figure.ARRIVALS, slot, 1)),
                entry.jobSeekerId(), List.of(Figure.CHECKED_IN));
    }

    /**
     * Counted in the stripe of the employer. A person counts once per fair among the people with an intention, at
     * their first intention record with any employer. The person's row is held before looking for another: of two
     * intentions written at once, the one that takes the row second sees the other's committed record.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void boothRecorded(BoothRecorded record) {
        long fairId = record.fairId();
        long employerId = record.employerId();
        String employer = String.valueOf(employerId);
        holdPerson(record.jobSeekerId());
        switch (record.kind()) {
            case RESUME -> add(fairId, employerId, List.of(Change.whole(Figure.RESUMES, 1),
                    new Change(Figure.BOOTH_RESUMES, employer, 1)), record.jobSeekerId(), List.of(Figure.RESUMES));
            case INTENTION -> {
                boolean first = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM booth_record WHERE fair_id = ?"
                                + " AND kind = 'INTENTION' AND job_seeker_id = ? AND id <> ?)")
                        .params(fairId, record.jobSeekerId(), record.recordId()).query(Boolean.class).single();
                List<Change> changes = new ArrayList<>();
                changes.add(new Change(Figure.BOOTH_INTENTIONS, employer, 1));
                if (record.positionId() != null) {
                    changes.add(new Change(Figure.POSITION_INTENTIONS, String.valueOf(record.positionId()), 1));
                }
                if (first) {
                    changes.add(Change.whole(Figure.INTENTIONS, 1));
                }
                add(fairId, employerId, changes, record.jobSeekerId(),
                        first ? List.of(Figure.INTENTIONS) : List.of());
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void intentionMoved(IntentionMoved move) {
        List<Change> changes = new ArrayList<>();
        if (move.fromPositionId() != null) {
            changes.add(new Change(Figure.POSITION_INTENTIONS, String.valueOf(move.fromPositionId()), -1));
        }
        if (move.toPositionId() != null) {
            changes.add(new Change(Figure.POSITION_INTENTIONS, String.valueOf(move.toPositionId()), 1));
        }
        add(move.fairId(), move.employerId(), changes, null, List.of());
    }

    /**
     * Every fair the person holds a pass for counts them, their first entry, resume records and intention, under
     * the groups they joined instead of those they left.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void keyGroupsChanged(KeyGroupsChanged change) {
        holdPerson(change.jobSeekerId());
        jdbc.sql(PERSON_AT_FAIRS).param(change.jobSeekerId()).query((rs, row) -> {
            List<Change> changes = new ArrayList<>();
            long[] counts = {1, rs.getLong("checked_in"), rs.getLong("resumes"),
                    rs.getLong("intentions") > 0 ? 1 : 0};
            Figure[] figures = {Figure.REGISTERED, Figure.CHECKED_IN, Figure.RESUMES, Figure.INTENTIONS};
            for (int i = 0; i < figures.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                for (String group : change.left()) {
                    changes.add(new Change(figures[i], group, -counts[i]));
                }
                for (String group : change.joined()) {
                    changes.add(new Change(figures[i], group, counts[i]));
                }
            }
            return new FairChanges(rs.getLong("fair_id"), changes);
        }).list().forEach(fair -> add(fair.fairId(), 0, fair.changes(), null, List.of()));
    }

    /**
     * One statement: {@code changes}, plus +1 of each of {@code byKeyGroup} under each key group the person is in,
     * merged into the fair's stripe.
     */
    private void add(long fairId, long stripe, List<Change> changes, Long jobSeekerId, List<Figure> byKeyGroup) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        for (Change change : changes) {
            params.add(change.figure().code);
            params.add(change.item());
            params.add(change.n());
        }
        for (Figure figure : byKeyGroup) {
            params.add(figure.code);
            params.add(1L);
        }
        if (!byKeyGroup.isEmpty()) {
            params.add(jobSeekerId);
        }
        params.addAll(List.of(fairId, stripe, fairId, stripe));
        jdbc.sql(mergeStatement(changes.size(), byKeyGroup.size())).params(params).update();
    }

    /**
     * The statement {@link #add} runs for {@code changes} items and {@code byKeyGroup} figures counted by key group;
     * its parameters: figure, item and n of each change, figure and n of each key-group figure, the person (if any
     * key-group figure), then fair, stripe, fair, stripe.
     */
    static String mergeStatement(int changes, int byKeyGroup) {
        String source = ITEMS.formatted(String.join(", ", Collections.nCopies(changes, ITEM)));
        if (byKeyGroup > 0) {
            source += BY_KEY_GROUP.formatted(String.join(", ", Collections.nCopies(byKeyGroup, KEY_GROUP_ITEM)));
        }
        return MERGE.formatted(source);
    }

    private void holdPerson(long jobSeekerId) {
        jdbc.sql("SELECT id FROM job_seeker WHERE id = ? FOR UPDATE").param(jobSeekerId).query(Long.class).single();
    }

    private record Change(Figure figure, String item, long n) {
        static Change whole(Figure figure, long n) {
            return new Change(figure, Figure.WHOLE_FAIR, n);
        }
    }

    private record FairChanges(long fairId, List<Change> changes) {
    }
}
