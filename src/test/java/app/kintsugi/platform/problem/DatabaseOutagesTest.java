package app.kintsugi.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

/** Which database failures answer 503 (a retry will likely do) and which stay faults (500). */
class DatabaseOutagesTest {

    @Test
    void unreachableOrOverloadedDatabasesAreOutages() {
        // Agroal's acquisition timeout, as Hibernate and the transaction manager wrap it.
        assertTrue(DatabaseOutages.causedBy(new RuntimeException(new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException())))));
        assertTrue(DatabaseOutages.causedBy(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(DatabaseOutages.causedBy(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseOutages.causedBy(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseOutages.causedBy(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseOutages.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutages.causedBy(new SQLException("canceling statement due to statement timeout",
                "57014")));
        assertTrue(DatabaseOutages.causedBy(new SQLException("too many clients", "53300")));
        // A commit on a connection the server terminated: Narayana's RollbackException has no cause, the driver's
        // error is suppressed inside an XAException (seen in DatabaseRestartIT's fast restart).
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to commit");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);
        assertTrue(DatabaseOutages.causedBy(new RuntimeException(commit)));
    }

    @Test
    void faultsInARequestAreNot() {
        assertFalse(DatabaseOutages.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutages.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutages.causedBy(new IllegalStateException("boom")));
        assertFalse(DatabaseOutages.causedBy(null));
        // A commit refused for a reason of the request's own (a deferred constraint) stays a fault.
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException("rolled back");
        commit.addSuppressed(new SQLException("violates foreign key constraint", "23503"));
        assertFalse(DatabaseOutages.causedBy(commit));
    }
}
