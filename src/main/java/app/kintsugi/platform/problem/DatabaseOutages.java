package app.kintsugi.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Recognises a failure that means the database cannot be reached right now, as opposed to a fault in a request: no
 * connection within the pool's acquisition timeout, a connection refused or broken (SQLState class 08), a server
 * shutting down or starting up (57P01-57P03), too many connections (53300), or a statement cancelled by
 * {@code statement_timeout} (57014). These answer 503 with {@code Retry-After}; a retry is likely to succeed.
 */
final class DatabaseOutages {

    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300");

    private DatabaseOutages() {
    }

    static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    /**
     * Walks the cause chain and, at each step, the suppressed exceptions: when a commit fails because the server ended
     * the connection, Narayana throws a {@code RollbackException} without a cause and attaches the driver's error
     * (wrapped in an {@code XAException}) as suppressed.
     */
    private static boolean causedBy(Throwable failure, int depth) {
        if (depth > 8) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (outage(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean outage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                return true;
            }
            // Agroal: "Acquisition timeout while waiting for new connection", no SQLState. A pooled connection the
            // server closed fails to join the transaction ("Failed to enlist ..."), and its cause is not chained.
            return sql.getCause() instanceof TimeoutException || sql.getMessage() != null
                    && (sql.getMessage().startsWith("Acquisition timeout")
                            || sql.getMessage().startsWith("Failed to enlist"));
        }
        return false;
    }
}
