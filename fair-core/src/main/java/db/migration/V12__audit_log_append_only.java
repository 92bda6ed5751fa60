package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log append-only in the database itself, not just in the code: UPDATE and DELETE on
 * {@code audit_log} fail. A Java migration because H2 and PostgreSQL declare triggers differently.
 */
public class V12__audit_log_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement sql = context.getConnection().createStatement()) {
            if (database.startsWith("H2")) {
                sql.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW "
                        + "CALL 'app.fairpass.core.audit.AppendOnlyTrigger'");
            } else if (database.startsWith("PostgreSQL")) {
                sql.execute("""
                        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            RAISE EXCEPTION 'The audit log is append-only: entries cannot be changed or removed'
                                USING ERRCODE = 'check_violation';
                        END $$""");
                sql.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                        + "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()");
            } else {
                throw new IllegalStateException("No append-only guard for the audit log on " + database);
            }
        }
    }
}
