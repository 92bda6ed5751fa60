package app.fairpass.core;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in its own transaction and runs it again when a concurrent writer won a race the database
 * decided (a unique constraint, a lock): on the next try the work sees the winner's committed row and answers from
 * it. Each conflict means another transaction committed a row this one finds next time, and a write creates only
 * a few new rows (a record, and at the start of a fair up to about ten tally rows of its device's stripe), so
 * conflicts in a row are bounded; beyond eight tries something else is wrong and the conflict is thrown.
 */
@Component
public class ConflictRetry {
    private static final int ATTEMPTS = 8;
    private final TransactionTemplate tx;

    ConflictRetry(TransactionTemplate tx) {
        this.tx = tx;
    }

    public <T> T inTransaction(TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(work);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
