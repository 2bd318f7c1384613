package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Pg;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A steady application load on {@code accounts}: a few connections, each looping SELECT / UPDATE / INSERT by random
 * id with a short pause, timing every statement. Bounded: it stops when asked, after {@code maxSeconds}, or after
 * {@code maxStatements} per connection, and every statement has a statement_timeout.
 *
 * <p>{@code insertSql} is the application version's INSERT: the old code writes the columns the release removes,
 * the new code writes the columns it adds, which is what a staged change must keep working.
 */
final class Workload implements AutoCloseable {

    /** The application_name of the workload's connections, so that the lock sampler finds them. */
    static final String APPLICATION_NAME = "syzygy-bench-workload";

    /** One statement: when it started and ended (System.nanoTime), whether it wrote and whether it failed. */
    record Sample(long startNanos, long endNanos, boolean write, boolean failed, String error) {
        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final List<List<Sample>> samples = new ArrayList<>();

    Workload(String schema, int connections, long rows, String insertSql, double maxSeconds, int maxStatements)
            throws SQLException {
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        for (int i = 0; i < connections; i++) {
            Connection connection = connect(schema);
            List<Sample> mine = new ArrayList<>();
            samples.add(mine);
            Thread thread =
                    new Thread(() -> loop(connection, rows, insertSql, deadline, maxStatements, mine), "workload-" + i);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    private static Connection connect(String schema) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", Pg.USER);
        props.setProperty("ApplicationName", APPLICATION_NAME);
        Connection connection = DriverManager.getConnection(Pg.url(schema), props);
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = '60s'");
        }
        return connection;
    }

    private void loop(
            Connection connection, long rows, String insertSql, long deadline, int maxStatements, List<Sample> out) {
        try (connection;
                PreparedStatement select =
                        connection.prepareStatement("SELECT id, name, balance FROM accounts WHERE id = ?");
                PreparedStatement update =
                        connection.prepareStatement("UPDATE accounts SET balance = balance + 1 WHERE id = ?");
                PreparedStatement insert = connection.prepareStatement(insertSql)) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int n = 0; n < maxStatements && !stop.get() && System.nanoTime() < deadline; n++) {
                int kind = random.nextInt(10);
                long start = System.nanoTime();
                String error = null;
                try {
                    if (kind < 4) {
                        select.setLong(1, 1 + random.nextLong(rows));
                        try (ResultSet rs = select.executeQuery()) {
                            rs.next();
                        }
                    } else if (kind < 8) {
                        update.setLong(1, 1 + random.nextLong(rows));
                        update.executeUpdate();
                    } else {
                        insert.setString(1, "w" + n);
                        insert.setInt(2, n);
                        insert.executeUpdate();
                    }
                } catch (SQLException e) {
                    error = e.getMessage();
                }
                out.add(new Sample(start, System.nanoTime(), kind >= 4, error != null, error));
                Thread.sleep(2);
            }
        } catch (SQLException | InterruptedException e) {
            out.add(new Sample(System.nanoTime(), System.nanoTime(), false, true, "workload connection: " + e));
        }
    }

    /** Stops the load, waits for it, and returns every statement's sample. */
    List<Sample> stop() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        List<Sample> all = new ArrayList<>();
        samples.forEach(all::addAll);
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
