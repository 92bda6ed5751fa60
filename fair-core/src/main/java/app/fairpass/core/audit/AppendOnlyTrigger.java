package app.fairpass.core.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's guard of the audit log: any UPDATE or DELETE of a row fails, so entries can only be added. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit log is append-only: entries cannot be changed or removed", "23513");
    }
}
