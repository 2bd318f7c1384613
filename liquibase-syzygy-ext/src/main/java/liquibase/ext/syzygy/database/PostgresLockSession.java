package liquibase.ext.syzygy.database;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import liquibase.exception.DatabaseException;
import liquibase.ext.syzygy.retry.Blocker;
import liquibase.ext.syzygy.retry.Durations;
import liquibase.ext.syzygy.retry.LockSafety;

/**
 * The PostgreSQL side of lock safety on Liquibase's own connection: sets the timeouts a changeset's statements run
 * with and puts the session's values back, and names the sessions that hold locks on the changeset's tables.
 *
 * <p>Inside a transaction the timeouts are set with {@code set_config(..., true)} ({@code SET LOCAL}), which a
 * commit or rollback undoes by itself; in auto-commit mode they are set for the session and the previous values
 * are restored after each statement. Either way a pooled connection (HikariCP under Spring Boot) goes back to the
 * application with the timeouts it came with, and Liquibase's own statements (the changelog lock, the
 * DATABASECHANGELOG row) never run under them.
 */
final class PostgresLockSession {

    /** The session's timeouts before a change set them, to put back. */
    record Previous(String lockTimeout, String statementTimeout) {}

    private static final String READ = "SELECT current_setting('lock_timeout'), current_setting('statement_timeout')";

    private static final String SET = "SELECT set_config('lock_timeout', ?, ?), set_config('statement_timeout', ?, ?),"
            + " clock_timestamp()::text";

    /**
     * Sessions other than ours holding granted locks on tables of this database, the oldest transaction first:
     * those named in the array, or, when the array is empty (tables not known), on any user table. With each, how
     * long ago the last try began (the same for all rows; NULL when not known), measured at the same instant as the
     * transaction's age.
     */
    private static final String BLOCKERS = "SELECT a.pid, coalesce(a.application_name, ''),"
            + " coalesce(host(a.client_addr), 'local socket'), coalesce(a.state, ''),"
            + " (extract(epoch FROM statement_timestamp() - a.xact_start) * 1000)::bigint, coalesce(a.query, ''),"
            + " array_agg(DISTINCT n.nspname || '.' || c.relname),"
            + " (extract(epoch FROM statement_timestamp() - ?::timestamptz) * 1000)::bigint"
            + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"
            + " AND (cardinality(?::text[]) = 0 OR lower(c.relname) = ANY(?::text[]))"
            + " GROUP BY a.pid, a.application_name, a.client_addr, a.state, a.xact_start, a.query"
            + " ORDER BY a.xact_start NULLS LAST, a.pid LIMIT 5";

    private final Connection connection;

    /** The server's clock when {@link #apply} last set the timeouts, that is when the try began; null before. */
    private String tryBegan;

    /**
     * Whether the open transaction has written anything: a retry rolls back the whole transaction, so it must
     * hold nothing but the changes the retry runs again.
     */
    static boolean hasWritten(Connection connection) throws DatabaseException {
        try (PreparedStatement query = connection.prepareStatement("SELECT txid_current_if_assigned() IS NOT NULL");
                ResultSet row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    PostgresLockSession(Connection connection) {
        this.connection = connection;
    }

    /**
     * Sets the timeouts of {@code safety} ({@code local}: for the current transaction only), keeping the session's
     * value where {@code safety} sets none; the try that follows begins now.
     */
    Previous apply(LockSafety safety, boolean local) throws SQLException {
        Previous previous = read();
        tryBegan = set(
                safety.lockTimeout()
                        .map(d -> Durations.postgresValue(Optional.of(d)))
                        .orElse(previous.lockTimeout()),
                safety.statementTimeout()
                        .map(d -> Durations.postgresValue(Optional.of(d)))
                        .orElse(previous.statementTimeout()),
                local);
        return previous;
    }

    /** Puts {@code previous} back. */
    void restore(Previous previous, boolean local) throws SQLException {
        set(previous.lockTimeout(), previous.statementTimeout(), local);
    }

    Previous read() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ);
                ResultSet row = query.executeQuery()) {
            row.next();
            return new Previous(row.getString(1), row.getString(2));
        }
    }

    /** Sets both timeouts; returns the server's clock. */
    private String set(String lockTimeout, String statementTimeout, boolean local) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SET)) {
            query.setString(1, lockTimeout);
            query.setBoolean(2, local);
            query.setString(3, statementTimeout);
            query.setBoolean(4, local);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(3);
            }
        }
    }

    /**
     * Sessions holding locks on {@code tables} (lower-case names; empty: any user table) since before the last try
     * began ({@link Blocker#heldThroughout}): the application's statements that queued behind the try and got their
     * locks once it gave up are not what blocked it.
     */
    List<Blocker> blockers(List<String> tables) throws SQLException {
        List<Blocker> blockers = new ArrayList<>();
        Duration sinceTryBegan = Duration.ZERO;
        try (PreparedStatement query = connection.prepareStatement(BLOCKERS)) {
            query.setString(1, tryBegan);
            Array names = connection.createArrayOf("text", tables.toArray());
            query.setArray(2, names);
            query.setArray(3, names);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long since = row.getLong(8);
                    if (!row.wasNull()) {
                        sinceTryBegan = Duration.ofMillis(Math.max(0, since));
                    }
                    long age = row.getLong(5);
                    Optional<Duration> transactionAge =
                            row.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(Math.max(0, age)));
                    blockers.add(new Blocker(
                            row.getInt(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            transactionAge,
                            row.getString(6),
                            relations(row.getArray(7))));
                }
            }
        }
        return Blocker.heldThroughout(blockers, sinceTryBegan);
    }

    private static List<String> relations(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(String::valueOf)
                        .sorted()
                        .toList();
    }
}
