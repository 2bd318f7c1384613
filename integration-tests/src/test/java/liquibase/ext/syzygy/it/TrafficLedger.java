package liquibase.ext.syzygy.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts every statement the simulated application versions run, per version and deploy phase, and keeps every
 * failure, so a rolling-deploy test can assert both that traffic really ran in each phase and that none of it
 * failed.
 *
 * <p>A statement counts in the phase that is current when it starts. The test also marks the windows in which a
 * Liquibase update is running ({@link #during}), to show that traffic overlapped the schema changes themselves: a
 * statement overlaps an update when it was running as the update started (it may be waiting for the update's
 * locks) or started while the update ran.
 *
 * <p>SQLite's one-writer lock ({@code SQLITE_BUSY}/{@code SQLITE_LOCKED}) is the harness's concern: such statements
 * are retried and counted as retries, never as failures.
 */
final class TrafficLedger {

    /** A statement body: the JDBC calls of one application statement, and the checks on its result. */
    interface Call<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Thrown by a statement body whose result breaks what the application version relies on. */
    static final class BrokenExpectation extends RuntimeException {
        BrokenExpectation(String message) {
            super(message);
        }
    }

    private static final int MAX_BUSY_RETRIES = 500;

    private final Object windowLock = new Object();
    private volatile String phase = "setup";
    private String window;
    private final Map<String, LongAdder> running = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> inWindows = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<StatementFailure> failures = new ConcurrentLinkedQueue<>();
    private final LongAdder busyRetries = new LongAdder();

    void phase(String name) {
        phase = name;
    }

    /** Runs {@code body} (a Liquibase update), counting the statements that overlap it under {@code name}. */
    <T> T during(String name, Supplier<T> body) {
        synchronized (windowLock) {
            window = name;
            running.forEach((version, count) -> inWindows
                    .computeIfAbsent(version + " / " + name, k -> new LongAdder())
                    .add(count.sum()));
        }
        try {
            return body.get();
        } finally {
            synchronized (windowLock) {
                window = null;
            }
        }
    }

    /**
     * Runs one statement of {@code version} and counts it. Returns its result, or empty when it failed (the
     * failure is recorded): the application then skips the statements that depend on it.
     */
    <T> Optional<T> execute(String version, String statement, Connection connection, Call<T> call) {
        String startPhase = phase;
        count(statements, version, startPhase);
        LongAdder runningOfVersion = running.computeIfAbsent(version, k -> new LongAdder());
        synchronized (windowLock) {
            if (window != null) {
                count(inWindows, version, window);
            }
            runningOfVersion.increment();
        }
        try {
            return attempt(version, statement, connection, call, startPhase);
        } finally {
            runningOfVersion.decrement();
        }
    }

    private <T> Optional<T> attempt(
            String version, String statement, Connection connection, Call<T> call, String startPhase) {
        for (int attempt = 0; ; attempt++) {
            try {
                return Optional.ofNullable(call.run(connection));
            } catch (SQLException e) {
                if (isSqliteBusy(connection, e) && attempt < MAX_BUSY_RETRIES) {
                    busyRetries.increment();
                    pause();
                    continue;
                }
                failures.add(new StatementFailure(version, startPhase, statement, code(e), e.getMessage()));
                return Optional.empty();
            } catch (BrokenExpectation e) {
                failures.add(new StatementFailure(version, startPhase, statement, "APP", e.getMessage()));
                return Optional.empty();
            }
        }
    }

    /** Statements {@code version} started in {@code phase}, failed or not. */
    long statements(String version, String phase) {
        return get(statements, version, phase);
    }

    /** Statements of {@code version} that overlapped the update marked {@code window}. */
    long statementsDuring(String version, String window) {
        return get(inWindows, version, window);
    }

    List<StatementFailure> failures() {
        return new ArrayList<>(failures);
    }

    long busyRetries() {
        return busyRetries.sum();
    }

    /** "version / phase: count" lines, sorted, for assertion messages and the test log. */
    String summary() {
        Map<String, Long> sorted = new TreeMap<>();
        statements.forEach((key, count) -> sorted.put(key, count.sum()));
        inWindows.forEach((key, count) -> sorted.put(key + " (overlapping the update)", count.sum()));
        StringBuilder text = new StringBuilder();
        sorted.forEach(
                (key, count) -> text.append(key).append(": ").append(count).append('\n'));
        text.append("failures: ")
                .append(failures.size())
                .append(", SQLITE_BUSY retries: ")
                .append(busyRetries());
        return text.toString();
    }

    private static void count(Map<String, LongAdder> counts, String version, String key) {
        counts.computeIfAbsent(version + " / " + key, k -> new LongAdder()).increment();
    }

    private static long get(Map<String, LongAdder> counts, String version, String key) {
        LongAdder count = counts.get(version + " / " + key);
        return count == null ? 0 : count.sum();
    }

    private static boolean isSqliteBusy(Connection connection, SQLException e) {
        try {
            if (!connection.getMetaData().getURL().startsWith("jdbc:sqlite:")) {
                return false;
            }
        } catch (SQLException metadata) {
            return false;
        }
        int primary = e.getErrorCode() & 0xff;
        return primary == 5 || primary == 6;
    }

    private static String code(SQLException e) {
        return e.getSQLState() != null ? e.getSQLState() : "SQLITE_" + e.getErrorCode();
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
