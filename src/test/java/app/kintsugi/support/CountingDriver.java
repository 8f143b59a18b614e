package app.kintsugi.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * The test profile's JDBC driver: PostgreSQL's, with every connection wrapped so that {@link QueryCounter} can count
 * what reaches the database from any layer (Hibernate, Bucket4j's rate-limit buckets, plain JDBC). A statement is
 * counted when it is prepared or created; a transaction when it is committed or rolled back, or, in autocommit mode,
 * for each statement prepared (each one is then a transaction of its own). Only the physical connections are wrapped,
 * under Agroal's pool, so a pooled connection handed out again is still counted.
 */
public final class CountingDriver implements Driver {

    static final LongAdder STATEMENTS = new LongAdder();
    static final LongAdder TRANSACTIONS = new LongAdder();
    /** {@code -Dcounting.trace=true}: prints each statement and transaction end counted, with its thread. */
    private static final boolean TRACE = Boolean.getBoolean("counting.trace");

    private final Driver delegate = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        if (connection == null) {
            return null;
        }
        return (Connection) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Counting(connection));
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() { return delegate.getMajorVersion(); }

    @Override
    public int getMinorVersion() { return delegate.getMinorVersion(); }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException { return delegate.getParentLogger(); }

    private static final class Counting implements InvocationHandler {

        private final Connection connection;
        /** Whether a statement ran since the transaction began: an empty commit or rollback is no round trip. */
        private boolean pending;

        Counting(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall", "createStatement" -> {
                    STATEMENTS.increment();
                    trace(method.getName() + " " + (args == null || args.length == 0 ? "" : args[0])
                            + (connection.getAutoCommit() ? " (autocommit)" : ""));
                    if (connection.getAutoCommit()) {
                        TRANSACTIONS.increment();
                    } else {
                        pending = true;
                    }
                }
                case "commit", "rollback" -> {
                    if (args == null) {
                        trace(method.getName() + (pending ? "" : " (nothing pending)"));
                        ended();
                    }
                }
                case "setAutoCommit" -> {
                    // Turning autocommit on commits what is pending (JDBC), turning it off begins anew.
                    trace("setAutoCommit " + args[0] + (pending ? " (pending)" : ""));
                    ended();
                }
                case "unwrap" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                }
                case "isWrapperFor" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private static void trace(String what) {
            if (TRACE) {
                System.out.println("[jdbc " + Thread.currentThread().getName() + "] " + what);
            }
        }

        private void ended() {
            if (pending) {
                TRANSACTIONS.increment();
                pending = false;
            }
        }
    }
}
