package liquibase.ext.syzygy.lockservice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import liquibase.ext.syzygy.lock.ExclusiveLock;
import liquibase.ext.syzygy.lock.LockAttempt;
import liquibase.ext.syzygy.lock.LockBackendException;
import liquibase.ext.syzygy.lock.LockFailure;
import liquibase.ext.syzygy.lock.LockFindings;
import liquibase.ext.syzygy.lock.LockHolder;
import liquibase.ext.syzygy.lock.LockKey;

/**
 * A PostgreSQL <em>session-level</em> advisory lock on one connection: the server frees it when the connection
 * ends, however its process died. Only {@code pg_try_advisory_lock} is used, each attempt in its own short
 * transaction (committed at once), so a waiter never blocks inside the server nor keeps a snapshot open, and the
 * holder's {@code CREATE INDEX CONCURRENTLY} cannot deadlock on it. Never {@code pg_advisory_lock}, never a
 * transaction-level lock: Liquibase commits many times while it holds the lock.
 *
 * <p>The backend pid at acquisition is remembered: a later check on another backend (a reconnected connection, or a
 * transaction-mode pooler such as PgBouncer handing out another server connection) means the lock is lost.
 */
final class PostgresAdvisoryLock implements ExclusiveLock {

    /** This session's grant of the key; a bigint key shows as classid (high half), objid (low half), objsubid 1. */
    private static final String OWN = "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'"
            + " AND pid = pg_backend_pid() AND classid = ? AND objid = ? AND objsubid = 1 AND granted)";

    private static final String TRY =
            "SELECT CASE WHEN " + OWN + " THEN true ELSE pg_try_advisory_lock(?) END," + " pg_backend_pid()";

    private static final String HELD = "SELECT " + OWN + ", pg_backend_pid()";

    private static final String UNLOCK = "SELECT CASE WHEN " + OWN + " THEN pg_advisory_unlock(?) ELSE false END";

    private static final String HOLDER = "SELECT a.pid, coalesce(host(a.client_addr), 'local socket'),"
            + " a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.database = (SELECT oid FROM pg_database"
            + " WHERE datname = current_database()) AND l.classid = ? AND l.objid = ? AND l.objsubid = 1"
            + " AND l.granted";

    /** Whether a transaction was open before this statement, and whether it has written anything. */
    private static final String OPEN_TRANSACTION =
            "SELECT transaction_timestamp() < statement_timestamp(), txid_current_if_assigned() IS NOT NULL";

    /**
     * PostgreSQL 14+ checks this often whether the client of a running statement is still there. Without it, the
     * backend of a killed deployer keeps running its statement (and holding the lock) until the statement ends.
     */
    private static final String CHECK_INTERVAL = "client_connection_check_interval";

    private static final String CHECK_INTERVAL_MS = "1000";

    private final Connection connection;
    private final LockKey key;
    private OptionalInt heldBy = OptionalInt.empty();
    private Optional<String> previousCheckInterval = Optional.empty();

    PostgresAdvisoryLock(Connection connection, LockKey key) {
        this.connection = Objects.requireNonNull(connection, "connection == null");
        this.key = Objects.requireNonNull(key, "key == null");
    }

    @Override
    public LockKey key() {
        return key;
    }

    @Override
    public String describe() {
        return "PostgreSQL session advisory lock " + key.value() + " on " + key.name();
    }

    @Override
    public LockAttempt tryAcquire() throws LockBackendException, LockFailure {
        try {
            leaveReadOnlyTransaction();
            boolean acquired;
            int pid;
            try (PreparedStatement s = connection.prepareStatement(TRY)) {
                bindOwn(s, 1);
                s.setLong(3, key.value());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    acquired = rs.getBoolean(1);
                    pid = rs.getInt(2);
                }
            }
            endTransaction();
            if (!acquired) {
                return LockAttempt.busy(holder());
            }
            heldBy = OptionalInt.of(pid);
            watchForADeadClient();
            if (!isHeld()) {
                heldBy = OptionalInt.empty();
                throw new LockFailure(LockFindings.unsafeConnection(
                        this,
                        "the lock taken by backend " + pid + " is not held by the backend of the next transaction;"
                                + " the connection is probably routed through a transaction-mode pooler"
                                + " (PgBouncer pool_mode=transaction), which cannot keep a session lock",
                        "Connect Liquibase directly to PostgreSQL or through a session-mode pool, or set"
                                + " liquibase.syzygy.lock=table."));
            }
            return LockAttempt.acquired();
        } catch (SQLException e) {
            throw backend("try the lock", e);
        }
    }

    @Override
    public boolean isHeld() throws LockBackendException {
        if (heldBy.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = connection.prepareStatement(HELD)) {
            bindOwn(s, 1);
            boolean own;
            int pid;
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                own = rs.getBoolean(1);
                pid = rs.getInt(2);
            }
            endTransaction();
            return own && pid == heldBy.getAsInt();
        } catch (SQLException e) {
            throw backend("check the lock", e);
        }
    }

    /** Why the lock is not held any more, for {@code LOCK_LOST}: a new backend, or the same one without it. */
    String whyNotHeld() {
        int took = heldBy.orElse(-1);
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            int now = rs.getInt(1);
            endTransaction();
            return now == took
                    ? "backend pid " + took + " no longer holds it (released on this session, e.g. by"
                            + " pg_advisory_unlock_all())"
                    : "the connection was lost and re-established: the lock was taken by backend pid " + took
                            + ", the connection now runs on backend pid " + now;
        } catch (SQLException e) {
            return "its connection (backend pid " + took + ") failed: " + e.getMessage();
        }
    }

    /** The backend pid that took the lock, if this object took it. */
    OptionalInt heldBy() {
        return heldBy;
    }

    @Override
    public Optional<LockHolder> holder() throws LockBackendException {
        try (PreparedStatement s = connection.prepareStatement(HOLDER)) {
            s.setLong(1, key.classId());
            s.setLong(2, key.objId());
            Optional<LockHolder> holder = Optional.empty();
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    Timestamp since = rs.getTimestamp(4);
                    holder = Optional.of(new LockHolder(
                            "backend pid",
                            String.valueOf(rs.getInt(1)),
                            Optional.ofNullable(rs.getString(2)),
                            Optional.ofNullable(rs.getString(3)),
                            Optional.ofNullable(since).map(Timestamp::toInstant)));
                }
            }
            endTransaction();
            return holder;
        } catch (SQLException e) {
            throw backend("find the holder of the lock", e);
        }
    }

    @Override
    public void release() throws LockBackendException {
        heldBy = OptionalInt.empty();
        LockBackendException restoreFailure = null;
        try {
            restoreCheckInterval();
        } catch (LockBackendException e) {
            restoreFailure = e; // still try to unlock
        }
        try (PreparedStatement s = connection.prepareStatement(UNLOCK)) {
            bindOwn(s, 1);
            s.setLong(3, key.value());
            // A session lock taken twice (by two service instances on one connection) is held twice: unlock all.
            for (int i = 0; i < 100; i++) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        break;
                    }
                }
            }
            endTransaction();
        } catch (SQLException e) {
            throw backend("release the lock", e);
        }
        if (restoreFailure != null) {
            throw restoreFailure;
        }
    }

    /**
     * Makes the server notice within a second that this deployer died, even in the middle of a long statement
     * ({@code client_connection_check_interval}, PostgreSQL 14 and later; older servers free the lock when the
     * running statement ends). The previous value is restored on release, as the connection may go back to a pool.
     */
    private void watchForADeadClient() throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT current_setting('" + CHECK_INTERVAL + "')");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            previousCheckInterval = Optional.ofNullable(rs.getString(1));
        }
        setCheckInterval(CHECK_INTERVAL_MS);
        endTransaction();
    }

    private void restoreCheckInterval() throws LockBackendException {
        if (previousCheckInterval.isEmpty()) {
            return;
        }
        try {
            setCheckInterval(previousCheckInterval.get());
        } catch (SQLException e) {
            throw backend("restore " + CHECK_INTERVAL, e);
        } finally {
            previousCheckInterval = Optional.empty();
        }
    }

    /**
     * Ends a transaction that only read, so that waiting holds no snapshot; refuses one that wrote, whose changes
     * must not be committed or lost behind the caller's back.
     */
    private void leaveReadOnlyTransaction() throws SQLException, LockFailure {
        if (connection.getAutoCommit()) {
            return;
        }
        boolean open;
        boolean wrote;
        try (PreparedStatement s = connection.prepareStatement(OPEN_TRANSACTION);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            open = rs.getBoolean(1);
            wrote = rs.getBoolean(2);
        }
        if (open && wrote) {
            throw new LockFailure(LockFindings.unsafeConnection(
                    this,
                    "the connection has a transaction with uncommitted changes, and waiting for the lock inside it"
                            + " would block CREATE INDEX CONCURRENTLY",
                    "Commit or roll back before Liquibase takes the lock (do not run Liquibase inside an"
                            + " application transaction)."));
        }
        connection.commit();
    }

    private void setCheckInterval(String value) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("SELECT set_config('" + CHECK_INTERVAL + "', ?, false)")) {
            s.setString(1, value);
            s.executeQuery().close();
        }
        endTransaction();
    }

    private void endTransaction() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private void bindOwn(PreparedStatement s, int first) throws SQLException {
        s.setLong(first, key.classId());
        s.setLong(first + 1, key.objId());
    }

    private LockBackendException backend(String what, SQLException e) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone; the exception below says so
        }
        return new LockBackendException("Could not " + what + " (" + describe() + "): " + e.getMessage(), e);
    }
}
