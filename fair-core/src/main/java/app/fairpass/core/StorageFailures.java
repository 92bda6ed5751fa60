package app.fairpass.core;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures of the storage itself (a full disk, a closed or unreachable database), told from every other error. A
 * service's transaction that fails this way was rolled back whole, so a screen can say "nothing was saved, try
 * again" rather than "unexpected error"; and the pool's connections are dropped, because H2 closes the database
 * after a failed write and opens it afresh only for a new connection.
 */
@Component
public class StorageFailures {
    /** H2: the database was closed after a write failed; I/O errors. */
    private static final int H2_DATABASE_CLOSED = 90098;
    private static final int H2_IO_EXCEPTION_1 = 90028;
    private static final int H2_IO_EXCEPTION_2 = 90031;
    private final DataSource dataSource;

    StorageFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True if {@code error} is a storage failure; then the next request gets fresh connections. */
    public boolean recoverFrom(Throwable error) {
        if (!isStorageFailure(error)) {
            return false;
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the connection pool", e);
        }
        return true;
    }

    /**
     * What went wrong at the bottom, in one line for the log, e.g. "IOException: No space left on device": a storage
     * failure is expected and handled, so its stack trace, frames of the database and the frameworks, tells nothing
     * more.
     */
    public static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static boolean isStorageFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLException sql && isStorageState(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost connection (08), PostgreSQL's insufficient resources such as a full disk (53) and system
     * errors (58), and H2's own codes for the same.
     */
    private static boolean isStorageState(SQLException sql) {
        String state = sql.getSQLState();
        int code = sql.getErrorCode();
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("58"))
                || code == H2_DATABASE_CLOSED || code == H2_IO_EXCEPTION_1 || code == H2_IO_EXCEPTION_2;
    }
}
