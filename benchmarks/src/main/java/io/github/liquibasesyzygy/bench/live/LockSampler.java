package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Pg;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples {@code pg_stat_activity} every few milliseconds from its own connection and records, at each sample, the
 * longest time a workload statement has been waiting on a heavyweight lock ({@code wait_event_type = 'Lock'}): the
 * time since that statement started, so a wait is attributed up to the sampling interval late, never early.
 */
final class LockSampler implements AutoCloseable {

    private static final String QUERY =
            "SELECT COALESCE(MAX(EXTRACT(EPOCH FROM clock_timestamp() - query_start)) * 1000, 0)"
                    + " FROM pg_stat_activity WHERE application_name = ? AND wait_event_type = 'Lock'";

    /** One observation: when (System.nanoTime) and the longest current lock wait in ms (0 when none waits). */
    record Observation(long nanos, double longestWaitMs) {}

    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Observation> observations = new ArrayList<>();
    private final Thread thread;
    private volatile Exception failure;

    LockSampler(String schema, long intervalMillis) throws SQLException {
        Connection connection = Pg.connect(schema);
        thread = new Thread(() -> sample(connection, intervalMillis), "lock-sampler");
        thread.start();
    }

    private void sample(Connection connection, long intervalMillis) {
        try (connection;
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, Workload.APPLICATION_NAME);
            while (!stop.get()) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    synchronized (observations) {
                        observations.add(new Observation(System.nanoTime(), rs.getDouble(1)));
                    }
                }
                Thread.sleep(intervalMillis);
            }
        } catch (SQLException | InterruptedException e) {
            failure = e;
        }
    }

    /** The longest lock wait observed between the two instants (System.nanoTime). */
    double longestWaitMs(long fromNanos, long toNanos) {
        synchronized (observations) {
            return observations.stream()
                    .filter(o -> o.nanos() >= fromNanos && o.nanos() <= toNanos)
                    .mapToDouble(Observation::longestWaitMs)
                    .max()
                    .orElse(0);
        }
    }

    int count() {
        synchronized (observations) {
            return observations.size();
        }
    }

    @Override
    public void close() throws Exception {
        stop.set(true);
        thread.join();
        if (failure != null) {
            throw new IllegalStateException("lock sampler failed", failure);
        }
    }
}
