package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Pg;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The blocker of the lock-safety benchmark: a session that read the table in a transaction and then sits idle in
 * it (a report, a stuck worker), holding ACCESS SHARE until it ends. Its lock lets the application's reads and
 * writes through; a schema change's ACCESS EXCLUSIVE request waits behind it, and everything queues behind that.
 * It ends by itself after the given time, or earlier on {@link #close()}.
 */
final class Blocker implements AutoCloseable {

    /** Its application_name, which a lock-timeout error should name. */
    static final String APPLICATION_NAME = "syzygy-bench-blocker";

    private final CountDownLatch release = new CountDownLatch(1);
    private final Thread thread;
    private final int pid;
    private volatile long endNanos;

    private Blocker(Connection connection, int pid, long holdMillis) {
        this.pid = pid;
        this.thread = new Thread(() -> hold(connection, holdMillis), "blocker");
        thread.start();
    }

    /** Opens the transaction, reads {@code table}, and holds its lock for {@code holdMillis} from now. */
    static Blocker start(String schema, String table, long holdMillis) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", Pg.USER);
        props.setProperty("ApplicationName", APPLICATION_NAME);
        Connection connection = DriverManager.getConnection(Pg.url(schema), props);
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT pg_backend_pid(), (SELECT count(*) FROM " + table + " WHERE id <= 100)")) {
            rs.next();
            return new Blocker(connection, rs.getInt(1), holdMillis);
        }
    }

    private void hold(Connection connection, long holdMillis) {
        try (connection) {
            release.await(holdMillis, TimeUnit.MILLISECONDS);
            connection.rollback();
        } catch (SQLException | InterruptedException e) {
            // the connection closes either way, which ends the transaction
        } finally {
            endNanos = System.nanoTime();
        }
    }

    /** The blocker's backend pid, which a lock-timeout error should name. */
    int pid() {
        return pid;
    }

    /** Waits until the blocker's transaction has ended; when it ended (System.nanoTime). */
    long awaitEnd() throws InterruptedException {
        thread.join();
        return endNanos;
    }

    /** Ends the transaction now, if it is still open, and waits for it. */
    @Override
    public void close() throws InterruptedException {
        release.countDown();
        thread.join();
    }
}
