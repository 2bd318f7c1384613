package io.github.liquibasesyzygy.bench.live;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    private static final String QUERY =
            "SELECT count(*) > 0 FROM pg_locks WHERE locktype = 'relation' AND mode = 'AccessExclusiveLock'"
                    + " AND granted AND relation = to_regclass(?)";

    private final Poller<Boolean> poller;

    ExclusiveHolds(String schema, String table) throws SQLException {
        poller = new Poller<>("exclusive-holds", schema, QUERY, table, 1, row -> row.getBoolean(1));
    }

    /**
     * The holds seen between the two instants (System.nanoTime), each from the sending of the last look that saw
     * the lock free to the answer of the first that saw it free again.
     */
    List<Hold> between(long fromNanos, long toNanos) {
        List<Hold> holds = new ArrayList<>();
        Poller.Answer<Boolean> lastFree = null;
        boolean held = false;
        for (Poller.Answer<Boolean> a : poller.between(fromNanos, toNanos)) {
            if (a.value() && !held && lastFree != null) {
                held = true;
            } else if (!a.value() && held) {
                holds.add(new Hold(lastFree.sentNanos(), a.receivedNanos()));
                held = false;
            }
            if (!a.value()) {
                lastFree = a;
            }
        }
        return holds;
    }

    /** The longest stretch between the two instants in which a hold could have gone unseen. */
    double longestGapMs(long fromNanos, long toNanos) {
        List<Poller.Answer<Boolean>> window = poller.between(fromNanos, toNanos);
        long longest = 0;
        for (int i = 1; i < window.size(); i++) {
            longest = Math.max(
                    longest, window.get(i).receivedNanos() - window.get(i - 1).sentNanos());
        }
        return longest / 1e6;
    }

    @Override
    public void close() throws Exception {
        poller.close();
    }
}
