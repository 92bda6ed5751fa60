package db.migration;

import app.fairpass.core.stats.FairTallyRecount;
import java.sql.Statement;
import java.time.ZoneId;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Running tallies of each fair's figures, kept by {@code FairTally} in the same transaction as each pass, check-in
 * and booth record, so the live dashboard reads a few thousand rows instead of counting every record. A figure is
 * the sum of its stripes (one per writing device). Existing records are counted into stripe 0 here: a Java
 * migration because arrivals are slotted by the server clock's local time, which SQL cannot do alike on H2 and
 * PostgreSQL. It runs today's {@link FairTallyRecount}, which reads only tables of V1.
 */
public class V13__fair_tally extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    CREATE TABLE fair_tally (
                        fair_id BIGINT NOT NULL REFERENCES fair (id),
                        figure  VARCHAR(24) NOT NULL,
                        item    VARCHAR(40) NOT NULL,
                        stripe  BIGINT NOT NULL,
                        n       BIGINT NOT NULL,
                        PRIMARY KEY (fair_id, figure, item, stripe)
                    )""");
            // A change of a person's key groups moves their counts at every fair they hold a pass for.
            sql.execute("CREATE INDEX pass_seeker_idx ON pass (job_seeker_id)");
        }
        // The zone of the server's clock (CoreConfiguration: the system default).
        FairTallyRecount.recount(context.getConnection(), ZoneId.systemDefault());
    }
}
