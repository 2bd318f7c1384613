package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Pg;
import io.github.liquibasesyzygy.bench.e2e.IsolatedLiquibase;
import io.github.liquibasesyzygy.bench.live.ExclusiveHolds.Hold;
import io.github.liquibasesyzygy.bench.live.LockCases.Case;
import io.github.liquibasesyzygy.bench.live.LockCases.Kind;
import io.github.liquibasesyzygy.bench.live.Workload.Sample;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * One case of the lock-safety benchmark under the workload: the workload runs alone (the baseline), the blocker (if
 * the case has one) opens its transaction, Liquibase applies the case's changelog, and the workload goes on a little
 * after. Samplers that run for the whole table's life (lock waits, ACCESS EXCLUSIVE holds) are read for the change's
 * window. A Liquibase failure is kept as the outcome's error, not thrown: one case expects it.
 */
final class LockRun {

    /** Where and how the runs happen: the schema, the changelogs, the load, and the samplers of the table. */
    record Bench(
            String schema,
            Path dir,
            long rows,
            int connections,
            int baselineMs,
            int tailMs,
            LockSampler waits,
            ExclusiveHolds holds) {}

    /** The table after a run: the case's change there or not, and how many changesets the history holds. */
    record State(boolean column, boolean index, boolean notNull, int historyRows) {

        /** Whether the change of {@code kind} is in the table. */
        boolean has(Kind kind) {
            return switch (kind) {
                case COLUMN -> column;
                case INDEX -> index;
                case NOT_NULL -> notNull;
            };
        }
    }

    /** What one run measured. Instants are System.nanoTime; {@code blockerEnd} is 0 without a blocker. */
    record Outcome(
            Case c,
            State state,
            long rows,
            int connections,
            Window base,
            Window during,
            Window writesBase,
            Window writesDuring,
            double longestLockWaitMs,
            List<Hold> exclusiveHolds,
            double holdResolutionMs,
            long changeStart,
            long changeEnd,
            long blockerEnd,
            int blockerPid,
            List<String> messages,
            Throwable error) {

        double updateMs() {
            return (changeEnd - changeStart) / 1e6;
        }

        double longestHoldMs() {
            return exclusiveHolds.stream().mapToDouble(Hold::millis).max().orElse(0);
        }

        /** The error and its causes' messages, one per line; empty without an error. */
        String errorText() {
            StringBuilder out = new StringBuilder();
            for (Throwable t = error; t != null; t = t.getCause()) {
                out.append(t.getMessage()).append('\n');
            }
            return out.toString();
        }
    }

    private LockRun() {}

    /** Runs {@code c} through {@code liquibase}; resets the table and the history afterwards. */
    static Outcome run(Bench bench, Case c, IsolatedLiquibase liquibase) throws Exception {
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        Throwable error = null;
        long start;
        long changeStart;
        long changeEnd;
        long blockerEnd = 0;
        int blockerPid = 0;
        List<Sample> samples;
        Workload workload =
                new Workload(bench.schema(), bench.connections(), bench.rows(), LockCases.INSERT, 600, 1_000_000);
        try {
            start = System.nanoTime();
            Thread.sleep(bench.baselineMs());
            Blocker blocker =
                    c.blockerMillis() > 0 ? Blocker.start(bench.schema(), "accounts", c.blockerMillis()) : null;
            changeStart = System.nanoTime();
            try {
                liquibase.update(
                        bench.dir().toString(),
                        c.file(),
                        Pg.url(bench.schema()),
                        c.contexts(),
                        c.settings(),
                        messages::add);
            } catch (IllegalStateException e) {
                error = e.getCause() == null ? e : e.getCause();
            }
            changeEnd = System.nanoTime();
            if (blocker != null) {
                blocker.close();
                blockerEnd = blocker.awaitEnd();
                blockerPid = blocker.pid();
            }
            Thread.sleep(bench.tailMs());
        } finally {
            samples = workload.stop();
        }
        long tail = bench.tailMs() * 1_000_000L;
        Predicate<Sample> all = s -> true;
        Outcome outcome = new Outcome(
                c,
                state(bench.schema()),
                bench.rows(),
                bench.connections(),
                Window.within(samples, start + 200_000_000L, changeStart, all),
                Window.overlapping(samples, changeStart, changeEnd, all),
                Window.within(samples, start + 200_000_000L, changeStart, Sample::write),
                Window.overlapping(samples, changeStart, changeEnd, Sample::write),
                bench.waits().longestWaitMs(changeStart, changeEnd + tail),
                bench.holds().between(changeStart, changeEnd + tail),
                bench.holds().longestGapMs(changeStart, changeEnd + tail),
                changeStart,
                changeEnd,
                blockerEnd,
                blockerPid,
                List.copyOf(messages),
                error);
        reset(bench.schema(), c.reset());
        return outcome;
    }

    private static State state(String schema) throws SQLException {
        try (Connection c = Pg.connect(schema);
                Statement s = c.createStatement()) {
            boolean column = bool(
                    s,
                    "SELECT EXISTS (SELECT 1 FROM information_schema.columns"
                            + " WHERE table_schema = current_schema() AND table_name = 'accounts' AND column_name = 'status')");
            boolean index = bool(
                    s,
                    "SELECT EXISTS (SELECT 1 FROM pg_index"
                            + " WHERE indexrelid = to_regclass('accounts_name') AND indisvalid)");
            boolean notNull = bool(
                    s,
                    "SELECT attnotnull FROM pg_attribute"
                            + " WHERE attrelid = 'accounts'::regclass AND attname = 'nick'");
            int history = bool(s, "SELECT to_regclass('databasechangelog') IS NOT NULL")
                    ? (int) count(s, "SELECT count(*) FROM databasechangelog")
                    : 0;
            return new State(column, index, notNull, history);
        }
    }

    private static boolean bool(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Undoes the case's change (if it was applied) and forgets the history, so that the next case starts alike. */
    private static void reset(String schema, String undo) throws SQLException {
        try (Connection c = Pg.connect(schema);
                Statement s = c.createStatement()) {
            try {
                s.execute(undo);
            } catch (SQLException e) {
                // not applied (the case that runs out of budget): nothing to undo
            }
            s.execute("DROP TABLE IF EXISTS databasechangelog, databasechangeloglock");
        }
    }
}
