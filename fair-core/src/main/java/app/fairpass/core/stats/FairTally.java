package app.fairpass.core.stats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each fair's figures as running tallies in {@code fair_tally}, changed in the same transaction as the pass,
 * check-in or booth record they count, so a dashboard refresh reads a few thousand rows instead of counting every
 * record (docs/benchmarks.md, "Live dashboard at scale"). {@link FairTallyRecount} counts the same from the records.
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
public class FairTally {
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

    /** A new pass. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(long fairId, long jobSeekerId) {
        holdPerson(jobSeekerId);
        add(fairId, 0, List.of(Change.whole(Figure.REGISTERED, 1)), jobSeekerId, List.of(Figure.REGISTERED));
    }

    /** A pass's first entry, at {@code kioskId}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkedIn(long fairId, long kioskId, long jobSeekerId, Instant at) {
        holdPerson(jobSeekerId);
        String slot = FairStatsService.slotOf(at.atZone(clock.getZone()).toLocalTime()).toString();
        add(fairId, kioskId,
                List.of(Change.whole(Figure.CHECKED_IN, 1), new Change(Figure.ARRIVALS, slot, 1)),
                jobSeekerId, List.of(Figure.CHECKED_IN));
    }

    /** A new resume record, counted before it is written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void resumeRecorded(long fairId, long employerId, long jobSeekerId) {
        holdPerson(jobSeekerId);
        add(fairId, employerId, List.of(Change.whole(Figure.RESUMES, 1),
                new Change(Figure.BOOTH_RESUMES, String.valueOf(employerId), 1)), jobSeekerId, List.of(Figure.RESUMES));
    }

    /**
     * A new intention record, counted before it is written: the person counts once per fair, at their first
     * intention with any employer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void intentionRecorded(long fairId, long employerId, long jobSeekerId, Long positionId) {
        holdPerson(jobSeekerId);
        boolean first = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM booth_record WHERE fair_id = ? AND kind = 'INTENTION'"
                        + " AND job_seeker_id = ?)").params(fairId, jobSeekerId).query(Boolean.class).single();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(Figure.BOOTH_INTENTIONS, String.valueOf(employerId), 1));
        if (positionId != null) {
            changes.add(new Change(Figure.POSITION_INTENTIONS, String.valueOf(positionId), 1));
        }
        if (first) {
            changes.add(Change.whole(Figure.INTENTIONS, 1));
        }
        add(fairId, employerId, changes, jobSeekerId, first ? List.of(Figure.INTENTIONS) : List.of());
    }

    /**
     * An intention record's position changed (either may be null). The caller holds the record's row, so two
     * changes of one record cannot both start from the same position.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void intentionMoved(long fairId, long employerId, Long fromPositionId, Long toPositionId) {
        if (Objects.equals(fromPositionId, toPositionId)) {
            return;
        }
        List<Change> changes = new ArrayList<>();
        if (fromPositionId != null) {
            changes.add(new Change(Figure.POSITION_INTENTIONS, String.valueOf(fromPositionId), -1));
        }
        if (toPositionId != null) {
            changes.add(new Change(Figure.POSITION_INTENTIONS, String.valueOf(toPositionId), 1));
        }
        add(fairId, employerId, changes, null, List.of());
    }

    /**
     * A person's key groups changed (already written): every fair they hold a pass for counts them, their first
     * entry, resume records and intention, under the new groups instead of the old.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keyGroupsChanged(long jobSeekerId, Set<String> before, Set<String> after) {
        Set<String> left = new HashSet<>(before);
        left.removeAll(after);
        Set<String> joined = new HashSet<>(after);
        joined.removeAll(before);
        if (left.isEmpty() && joined.isEmpty()) {
            return;
        }
        holdPerson(jobSeekerId);
        jdbc.sql(PERSON_AT_FAIRS).param(jobSeekerId).query((rs, row) -> {
            List<Change> changes = new ArrayList<>();
            long[] counts = {1, rs.getLong("checked_in"), rs.getLong("resumes"),
                    rs.getLong("intentions") > 0 ? 1 : 0};
            Figure[] figures = {Figure.REGISTERED, Figure.CHECKED_IN, Figure.RESUMES, Figure.INTENTIONS};
            for (int i = 0; i < figures.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                for (String group : left) {
                    changes.add(new Change(figures[i], group, -counts[i]));
                }
                for (String group : joined) {
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
