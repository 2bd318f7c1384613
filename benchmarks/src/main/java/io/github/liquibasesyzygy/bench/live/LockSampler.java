package io.github.liquibasesyzygy.bench.live;

import java.sql.SQLException;

/**
 * Samples {@code pg_stat_activity} every few milliseconds from its own connection and records, at each sample, the
 * longest time a workload statement has been waiting on a heavyweight lock ({@code wait_event_type = 'Lock'}): the
 * time since that statement started, so a wait is attributed up to the sampling interval late, never early.
 */
final class LockSampler implements AutoCloseable {

    private static final String QUERY =
            "SELECT COALESCE(MAX(EXTRACT(EPOCH FROM clock_timestamp() - query_start)) * 1000, 0)"
                    + " FROM pg_stat_activity WHERE application_name = ? AND wait_event_type = 'Lock'";

    private final Poller<Double> poller;

    LockSampler(String schema, long intervalMillis) throws SQLException {
        poller = new Poller<>(
                "lock-sampler", schema, QUERY, Workload.APPLICATION_NAME, intervalMillis, row -> row.getDouble(1));
    }

    /** The longest lock wait observed between the two instants (System.nanoTime). */
    double longestWaitMs(long fromNanos, long toNanos) {
        return poller.between(fromNanos, toNanos).stream()
                .mapToDouble(Poller.Answer::value)
                .max()
                .orElse(0);
    }

    @Override
    public void close() throws Exception {
        poller.close();
    }
}
