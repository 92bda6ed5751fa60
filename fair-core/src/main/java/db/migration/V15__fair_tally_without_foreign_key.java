package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign key from {@code fair_tally} to {@code fair}. On H2 a foreign key brings an index of its own on
 * {@code fair_id}, and H2 plans a young table's tally change on that index rather than the primary key: every
 * check-in and booth record then read every tally row of its fair (thousands by mid-morning) instead of its own
 * few, for as long as the connection kept the plan. The tally is derived data ({@code FairTallyRecount} counts it
 * again from the records), it is only written beside a pass, check-in or booth record whose own foreign key holds
 * the fair, and fairs are never deleted. A Java migration because the constraint's name differs between H2 and
 * PostgreSQL.
 */
public class V15__fair_tally_without_foreign_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            List<String> foreignKeys = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    SELECT constraint_name FROM information_schema.table_constraints
                    WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_name) = 'fair_tally'
                      AND constraint_type = 'FOREIGN KEY'""")) {
                while (rows.next()) {
                    foreignKeys.add(rows.getString(1));
                }
            }
            for (String name : foreignKeys) {
                sql.execute("ALTER TABLE fair_tally DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
