package io.attract.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether an error means the database cannot be reached (down, restarting, or no connection within the pool's
 * acquisition timeout). Such a request is answered 503 with Retry-After: the client may try again, with the same
 * Idempotency-Key for a create.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /**
     * Follows causes and suppressed errors: a commit that fails on a lost connection arrives as a RollbackException
     * with the driver's error only among its suppressed ones. Its outcome is in doubt, which is what the
     * Idempotency-Key of the retry settles.
     */
    static boolean is(Throwable error) {
        return is(error, 0);
    }

    private static boolean is(Throwable error, int depth) {
        if (error == null || depth > 20) {
            return false;
        }
        if (error instanceof JDBCConnectionException || error instanceof SQLTransientConnectionException) {
            return true;
        }
        if (error instanceof SQLException sql
                && (isConnectionState(sql.getSQLState())
                        || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout"))) {
            return true; // "acquisition timeout": Agroal had no connection to give in time
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (is(suppressed, depth + 1)) {
                return true;
            }
        }
        return is(error.getCause(), depth + 1);
    }

    /** SQLSTATE class 08 (connection exception); 57P01–57P03 (the server shutting down or not yet up). */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
