package liquibase.ext.syzygy.coordination;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.ext.syzygy.quorum.Member;
import liquibase.ext.syzygy.quorum.MemberState;

/**
 * The coordination table ({@code SYZYGY_QUORUM} in Liquibase's schema), read and written on a connection that is
 * committed after every statement, so that a waiting deployer never holds a transaction or a snapshot (which would
 * block the leader's {@code CREATE INDEX CONCURRENTLY}) and never blocks the leader's writes for long (SQLite).
 */
final class QuorumTable {

    /** The table name. */
    static final String NAME = "SYZYGY_QUORUM";

    /** Rows whose heartbeat is older than this are removed by the next deployer that joins. */
    private static final long STALE_MILLIS = 60_000;

    private static final int BUSY_RETRIES = 200;
    private static final long BUSY_PAUSE_MILLIS = 50;

    private static final String COLUMNS = "namespace, deployer, stage, plan, state, joined_at, beat_at, detail";

    private final Connection connection;
    private final String table;
    private final Dialect dialect;

    /** The table {@code table} (qualified, escaped) on {@code connection}. */
    QuorumTable(Connection connection, String table, Dialect dialect) {
        this.connection = connection;
        this.table = table;
        this.dialect = dialect;
    }

    /** The qualified name, for messages. */
    String name() {
        return table;
    }

    /** Creates the table unless it exists; many deployers may race to create it. */
    void ensureExists() throws SQLException {
        String ddl = "CREATE TABLE IF NOT EXISTS " + table + " (namespace VARCHAR(200) NOT NULL,"
                + " deployer VARCHAR(255) NOT NULL, stage VARCHAR(100) NOT NULL, plan TEXT, state VARCHAR(20) NOT NULL,"
                + " joined_at BIGINT NOT NULL, beat_at BIGINT NOT NULL, detail TEXT,"
                + " PRIMARY KEY (namespace, deployer))";
        SQLException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Statement s = connection.createStatement()) {
                s.execute(ddl);
                commit();
                return;
            } catch (SQLException e) {
                // Concurrent CREATE TABLE IF NOT EXISTS on PostgreSQL can fail on the catalog's unique index; SQLite
                // may be busy. Either way: look whether it exists now, else retry.
                last = e;
                rollbackQuietly();
                if (exists()) {
                    return;
                }
                pause(50L + attempt * 25L);
            }
        }
        throw last;
    }

    private boolean exists() {
        try (Statement s = connection.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            commit();
            return true;
        } catch (SQLException e) {
            rollbackQuietly();
            return false;
        }
    }

    /** The database clock, epoch milliseconds. */
    long now() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(dialect.nowQuery())) {
            rs.next();
            long now = rs.getLong(1);
            commit();
            return now;
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** Every row of {@code stage}. */
    List<Member> rows(String stage) throws SQLException {
        List<Member> rows = new ArrayList<>();
        try (PreparedStatement s =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE stage = ?")) {
            s.setString(1, stage);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Member(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            MemberState.valueOf(rs.getString(5)),
                            rs.getLong(6),
                            rs.getLong(7),
                            rs.getString(8)));
                }
            }
            commit();
            return rows;
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** Inserts {@code row}; false when a row with its namespace and deployer exists (a lost leader election). */
    boolean insert(Member row) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                return insertOnce(row);
            } catch (SQLException e) {
                if (!isBusy(e) || attempt >= BUSY_RETRIES) {
                    throw e;
                }
                pause(BUSY_PAUSE_MILLIS);
            }
        }
    }

    private boolean insertOnce(Member row) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, row.namespace());
            s.setString(2, row.deployer());
            s.setString(3, row.stage());
            s.setString(4, row.plan());
            s.setString(5, row.state().name());
            s.setLong(6, row.joinedAt());
            s.setLong(7, row.beatAt());
            s.setString(8, row.detail());
            s.executeUpdate();
            commit();
            return true;
        } catch (SQLException e) {
            rollbackQuietly();
            if (isBusy(e)) {
                throw e;
            }
            if (count("namespace = ? AND deployer = ?", row.namespace(), row.deployer()) > 0) {
                return false;
            }
            throw e;
        }
    }

    /** Sets the state and heartbeat of one row. */
    void update(String namespace, String deployer, MemberState state, long beatAt) throws SQLException {
        execute(
                "UPDATE " + table + " SET state = ?, beat_at = ? WHERE namespace = ? AND deployer = ?",
                state.name(),
                beatAt,
                namespace,
                deployer);
    }

    /** Heartbeats one row. */
    void beat(String namespace, String deployer, long beatAt) throws SQLException {
        execute(
                "UPDATE " + table + " SET beat_at = ? WHERE namespace = ? AND deployer = ?",
                beatAt,
                namespace,
                deployer);
    }

    /** Removes one row. */
    void delete(String namespace, String deployer) throws SQLException {
        execute("DELETE FROM " + table + " WHERE namespace = ? AND deployer = ?", namespace, deployer);
    }

    /** Removes a finished leader row of an earlier attempt, so that a new leader can be elected. */
    void deleteFinishedLeader(String namespace, long before) throws SQLException {
        execute(
                "DELETE FROM " + table + " WHERE namespace = ? AND deployer = ? AND state IN (?, ?) AND beat_at < ?",
                namespace,
                Member.LEADER,
                MemberState.DONE.name(),
                MemberState.FAILED.name(),
                before);
    }

    /**
     * Removes rows nobody has touched for a minute: dead waiters, finished leaders. Applying leaders (alive or not,
     * see {@link QuorumSession}) and severed rows stay.
     */
    void deleteStale(long now) throws SQLException {
        execute(
                "DELETE FROM " + table + " WHERE beat_at < ? AND deployer <> ? AND NOT (deployer = ? AND state = ?)",
                now - STALE_MILLIS,
                Member.SEVERED,
                Member.LEADER,
                MemberState.APPLYING.name());
    }

    private long count(String where, Object... values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            bind(s, values);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                commit();
                return count;
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * Runs one write in its own transaction. SQLite refuses a write at once (no busy wait) when it would deadlock
     * with another writer, so a busy write is retried for a while: a leader must be able to record its outcome.
     */
    private void execute(String sql, Object... values) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                bind(s, values);
                s.executeUpdate();
                commit();
                return;
            } catch (SQLException e) {
                rollbackQuietly();
                if (!isBusy(e) || attempt >= BUSY_RETRIES) {
                    throw e;
                }
                pause(BUSY_PAUSE_MILLIS);
            }
        }
    }

    /** SQLite's "database is locked": transient while another connection writes. */
    static boolean isBusy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_BUSY") || message.contains("database is locked");
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Long number) {
                s.setLong(i + 1, number);
            } else {
                s.setString(i + 1, (String) values[i]);
            }
        }
    }

    private void commit() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The connection is gone; the next statement reports it.
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coordinating the quorum", e);
        }
    }
}
