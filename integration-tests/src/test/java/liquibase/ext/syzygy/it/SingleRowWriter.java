package liquibase.ext.syzygy.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A second PostgreSQL session that keeps updating single rows (the even ids of a table whose even rows are never
 * NULL, so the backfill never holds their row locks) while some work runs, in auto-commit mode with
 * {@code lock_timeout = '50ms'}: it counts the writes that waited longer than that for a lock, and records the
 * longest write of all, lock or not.
 */
final class SingleRowWriter {
    private final TestDatabase db;
    private final String table;
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicLong longestNanos = new AtomicLong();
    final AtomicLong writes = new AtomicLong();
    final AtomicLong lockWaits = new AtomicLong();

    SingleRowWriter(TestDatabase db, String table) {
        this.db = db;
        this.table = table;
    }

    long longestMillis() {
        return longestNanos.get() / 1_000_000;
    }

    /** Runs {@code work} once the writer has written, and stops the writer when it ends. */
    <T> T during(Callable<T> work) throws Exception {
        Thread thread = new Thread(this::run);
        thread.start();
        try {
            awaitFirstWrite();
            return work.call();
        } finally {
            done.set(true);
            thread.join(60_000);
        }
    }

    private void awaitFirstWrite() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (writes.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** At most 10 minutes. */
    private void run() {
        long deadline = System.nanoTime() + 600_000_000_000L;
        try (Connection c = db.connect();
                PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET qty = qty + 1 WHERE id = ?")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '50ms'");
            }
            while (!done.get() && System.nanoTime() < deadline) {
                update.setInt(1, 2 * ThreadLocalRandom.current().nextInt(1, 100_001));
                long start = System.nanoTime();
                try {
                    update.executeUpdate();
                    writes.incrementAndGet();
                } catch (SQLException e) {
                    if (!"55P03".equals(e.getSQLState())) {
                        throw e;
                    }
                    lockWaits.incrementAndGet();
                }
                longestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
