package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Pg;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches {@code pg_locks} about once a millisecond, from its own connection, for a granted ACCESS EXCLUSIVE lock
 * on one table, and records each hold. A hold is bounded from above: from the moment the last query that saw the
 * lock free was sent to the moment the first one that saw it free again returned, so a reported hold is never
 * shorter than the real one. A hold shorter than one round of sampling may go unseen;
 * {@link #longestGapMs(long, long)} says how long that is.
 */
final class ExclusiveHolds implements AutoCloseable {

    /** One hold, as an upper bound: System.nanoTime instants. */
    record Hold(long fromNanos, long toNanos) {
        double millis() {
            return (toNanos - fromNanos) / 1e6;
        }
    }

    /** One look at pg_locks: when the query was sent and its answer came back, and whether the lock was held. */
    private record Observation(long sentNanos, long receivedNanos, boolean held) {}

    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Observation> observations = new ArrayList<>();
    private final Thread thread;
    private volatile Exception failure;

    ExclusiveHolds(String schema, String table) throws SQLException {
        Connection connection = Pg.connect(schema);
        thread = new Thread(() -> sample(connection, table), "exclusive-holds");
        thread.start();
    }

    private void sample(Connection connection, String table) {
        String sql = "SELECT count(*) FROM pg_locks WHERE locktype = 'relation' AND mode = 'AccessExclusiveLock'"
                + " AND granted AND relation = to_regclass(?)";
        try (connection;
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table);
            while (!stop.get()) {
                long sent = System.nanoTime();
                boolean held;
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    held = rs.getInt(1) > 0;
                }
                synchronized (observations) {
                    observations.add(new Observation(sent, System.nanoTime(), held));
                }
                LockSupport.parkNanos(1_000_000);
            }
        } catch (SQLException e) {
            failure = e;
        }
    }

    /**
     * The holds seen between the two instants (System.nanoTime), each from the sending of the last look that saw
     * the lock free to the answer of the first that saw it free again.
     */
    List<Hold> between(long fromNanos, long toNanos) {
        List<Hold> holds = new ArrayList<>();
        Observation lastFree = null;
        boolean held = false;
        for (Observation o : window(fromNanos, toNanos)) {
            if (o.held() && !held && lastFree != null) {
                held = true;
            } else if (!o.held() && held) {
                holds.add(new Hold(lastFree.sentNanos(), o.receivedNanos()));
                held = false;
            }
            if (!o.held()) {
                lastFree = o;
            }
        }
        return holds;
    }

    /** The longest stretch between the two instants in which a hold could have gone unseen. */
    double longestGapMs(long fromNanos, long toNanos) {
        List<Observation> window = window(fromNanos, toNanos);
        long longest = 0;
        for (int i = 1; i < window.size(); i++) {
            longest = Math.max(
                    longest, window.get(i).receivedNanos() - window.get(i - 1).sentNanos());
        }
        return longest / 1e6;
    }

    private List<Observation> window(long fromNanos, long toNanos) {
        synchronized (observations) {
            return observations.stream()
                    .filter(o -> o.receivedNanos() >= fromNanos && o.sentNanos() <= toNanos)
                    .toList();
        }
    }

    @Override
    public void close() throws Exception {
        stop.set(true);
        thread.join();
        if (failure != null) {
            throw new IllegalStateException("ACCESS EXCLUSIVE sampler failed", failure);
        }
    }
}
