package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.Pg;
import io.github.liquibasesyzygy.bench.e2e.IsolatedLiquibase;
import io.github.liquibasesyzygy.bench.live.LockCases.Case;
import io.github.liquibasesyzygy.bench.live.LockRun.Bench;
import io.github.liquibasesyzygy.bench.live.LockRun.Outcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Benchmark 3b: what a schema change's lock costs a live PostgreSQL table, plain Liquibase beside the extension in
 * one run (each in a class loader of its own), on a table of 1,000,000 rows under a steady workload.
 *
 * <ul>
 *   <li><b>Blocker</b>: a session idle in a transaction that read the table holds ACCESS SHARE for 30 s. Plain
 *       {@code addColumn} waits for it in the lock queue and the workload queues behind; {@code addColumnStaged}
 *       (the same {@code ALTER TABLE}) waits at most its lock timeout per try, retries, and is applied once the
 *       blocker ends; with a retry budget shorter than the blocker it stops with {@code DDL_LOCK_TIMEOUT} naming it.
 *   <li><b>Index</b>: plain {@code createIndex} against {@code createIndexConcurrently}: how long writes wait.
 *   <li><b>NOT NULL</b>: plain {@code addNotNullConstraint} against {@code addNotNullConstraintStaged}, at
 *       1,000,000 rows and at 1,000: how long ACCESS EXCLUSIVE is held and how long the workload waits.
 * </ul>
 *
 * <p>Timings are reported against the targets, never asserted. The run fails on what must not happen: a
 * Liquibase failure where none is expected, a failed workload statement in an extension run, a change not applied,
 * a retry or an error that does not name the blocker (see {@link LockChecks}).
 */
public final class LockSafetyBench {

    private LockSafetyBench() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        String schema = "syzygy_bench_locks_" + ProcessHandle.current().pid();
        long rows = Long.parseLong(args.get("rows", smoke ? "1000" : "1000000"));
        long smallRows = Long.parseLong(args.get("small-rows", "1000"));
        int connections = args.getInt("connections", 4);
        int baselineMs = args.getInt("baseline-ms", smoke ? 300 : 3000);
        int tailMs = args.getInt("tail-ms", smoke ? 200 : 500);
        long blockerMs = args.getInt("blocker-ms", smoke ? 3000 : 30_000);
        String budget = args.get("budget", smoke ? "1500ms" : "5s");
        String shortTimeout = args.get("short-timeout", "50ms");
        Path dir = Path.of(args.get("dir", "target/bench-locks")).toAbsolutePath();
        LockCases.write(dir);
        System.out.printf(
                "locks: %d rows (NOT NULL also at %d), %d workload connections, %d ms baseline, blocker %d ms%n",
                rows, smallRows, connections, baselineMs, blockerMs);
        LockReport report = new LockReport();
        try (IsolatedLiquibase.Installer installer = new IsolatedLiquibase.Installer();
                IsolatedLiquibase plain = installer.install("plain", false);
                IsolatedLiquibase syzygy = installer.install("syzygy", true)) {
            try (Table table = Table.create(schema, rows, dir, connections, baselineMs, tailMs)) {
                Bench bench = table.bench();
                report.blocker(LockRun.run(bench, LockCases.ADD_COLUMN.withBlocker(blockerMs), plain));
                report.blocker(LockRun.run(bench, LockCases.ADD_COLUMN_STAGED.withBlocker(blockerMs), syzygy));
                Case shortCase = LockCases.ADD_COLUMN_STAGED.labelled(
                        "addColumnStaged, lockTimeout " + shortTimeout,
                        Map.of("liquibase.syzygy.lockTimeout", shortTimeout));
                report.blocker(LockRun.run(bench, shortCase.withBlocker(blockerMs), syzygy));
                Case budgetCase = LockCases.ADD_COLUMN_STAGED.labelled(
                        "addColumnStaged, lockRetryBudget " + budget,
                        Map.of("liquibase.syzygy.lockRetryBudget", budget));
                report.budget(quietly(() -> LockRun.run(bench, budgetCase.withBlocker(blockerMs), syzygy)));
                report.index(LockRun.run(bench, LockCases.CREATE_INDEX, plain));
                report.index(LockRun.run(bench, LockCases.CREATE_INDEX_CONCURRENTLY, syzygy));
                report.notNull(LockRun.run(bench, LockCases.ADD_NOT_NULL, plain));
                report.notNull(LockRun.run(bench, LockCases.ADD_NOT_NULL_STAGED, syzygy));
            }
            try (Table table = Table.create(schema, smallRows, dir, connections, baselineMs, tailMs)) {
                report.notNull(LockRun.run(table.bench(), LockCases.ADD_NOT_NULL, plain));
                report.notNull(LockRun.run(table.bench(), LockCases.ADD_NOT_NULL_STAGED, syzygy));
            }
        } finally {
            Pg.dropSchema(schema);
        }
        report.print();
        report.throwOnProblems();
    }

    /** A run that fails on purpose, without Liquibase's stack trace of the failure in the output. */
    private static Outcome quietly(Callable<Outcome> run) throws Exception {
        Logger liquibase = Logger.getLogger("liquibase");
        Level before = liquibase.getLevel();
        liquibase.setLevel(Level.OFF);
        try {
            return run.call();
        } finally {
            liquibase.setLevel(before);
        }
    }

    /** The benchmark's table of {@code rows} rows and the samplers that watch it for its life. */
    private record Table(Bench bench) implements AutoCloseable {

        static Table create(String schema, long rows, Path dir, int connections, int baselineMs, int tailMs)
                throws Exception {
            long setup = System.nanoTime();
            Pg.recreateSchema(schema);
            try (Connection c = Pg.connect(schema);
                    Statement s = c.createStatement()) {
                // Autovacuum off: a strong-lock step queued behind an autovacuum worker would measure autovacuum.
                s.execute("CREATE TABLE accounts (id bigserial PRIMARY KEY, name text NOT NULL, balance int NOT NULL,"
                        + " nick text) WITH (autovacuum_enabled = false)");
                s.execute("INSERT INTO accounts (name, balance, nick)"
                        + " SELECT 'n' || g, g % 1000, 'k' || (g % 100) FROM generate_series(1, " + rows + ") g");
                s.execute("VACUUM ANALYZE accounts");
            }
            System.out.printf("  %d rows set up in %.1f s%n", rows, (System.nanoTime() - setup) / 1e9);
            LockSampler waits = new LockSampler(schema, 5);
            ExclusiveHolds holds = new ExclusiveHolds(schema, "accounts");
            return new Table(new Bench(schema, dir, rows, connections, baselineMs, tailMs, waits, holds));
        }

        @Override
        public void close() throws Exception {
            try (LockSampler waits = bench.waits();
                    ExclusiveHolds holds = bench.holds()) {
                // both stop here
            }
        }
    }
}
