package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.Pg;
import io.github.liquibasesyzygy.bench.Stats;
import io.github.liquibasesyzygy.bench.e2e.LiquibaseUpdate;
import io.github.liquibasesyzygy.bench.live.Steps.Step;
import io.github.liquibasesyzygy.bench.live.Workload.Sample;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 3: what each staged change costs a live PostgreSQL table under load, at 1,000,000 rows and at 1,000,
 * next to the naive way of adding a NOT NULL column. The changes run through Liquibase ({@code CommandScope
 * ("update")} with the stage's context), so the extension's own SQL is what runs.
 *
 * <p>Per step: the workload runs alone for a while (the baseline), then Liquibase applies the step while it keeps
 * running. Reported: statements that failed, the longest lock wait of a workload statement (sampled from
 * pg_stat_activity), latency percentiles without and during the change, and whether the table file was rewritten.
 * Timings are reported, never asserted; a failed statement or a rewrite in an extension step fails the run.
 */
public final class LiveBench {

    private static final String SCHEMA = "syzygy_bench_live";

    private LiveBench() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        List<String> sizes = args.list("rows", smoke ? "1000" : "1000000,1000");
        int connections = args.getInt("connections", 4);
        int baselineMs = args.getInt("baseline-ms", smoke ? 500 : 3000);
        int tailMs = args.getInt("tail-ms", smoke ? 200 : 500);
        Path dir = Path.of(args.get("dir", "target/bench-live")).toAbsolutePath();
        Steps.write(dir);
        System.out.printf(
                "live: rows %s, %d workload connections, %d ms baseline per step; PostgreSQL %s%n",
                sizes, connections, baselineMs, settings());
        List<String> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            for (String size : sizes) {
                long n = Long.parseLong(size);
                long setup = System.nanoTime();
                createTable(n);
                System.out.printf("  %d rows set up in %.1f s%n", n, (System.nanoTime() - setup) / 1e9);
                LiquibaseUpdate.update(dir.toString(), "root-0.xml", Pg.url(SCHEMA), "pre-deploy");
                try (LockSampler sampler = new LockSampler(SCHEMA, 5)) {
                    for (Step step : Steps.ALL) {
                        rows.add(runStep(step, n, dir, connections, baselineMs, tailMs, sampler, problems));
                    }
                }
            }
        } finally {
            Pg.dropSchema(SCHEMA);
        }
        System.out.println();
        System.out.println("| rows | step | stage | update ms | statements base/during | failed | longest lock wait ms"
                + " | max statement ms during | p50 ms base → during | p99 ms base → during (Δ) | rewritten |"
                + " table MB before → after |");
        System.out.println("|---:|---|---|---:|---|---:|---:|---:|---|---|---|---|");
        rows.forEach(System.out::println);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("extension steps broke the workload: " + problems);
        }
    }

    private static String runStep(
            Step step,
            long n,
            Path dir,
            int connections,
            int baselineMs,
            int tailMs,
            LockSampler sampler,
            List<String> problems)
            throws Exception {
        long filenodeBefore = queryLong("SELECT pg_relation_filenode('accounts')");
        double mbBefore = queryLong("SELECT pg_relation_size('accounts')") / 1048576.0;
        long start;
        long changeStart;
        long changeEnd;
        List<Sample> samples;
        Workload workload = new Workload(SCHEMA, connections, n, step.insertSql(), 600, 1_000_000);
        try {
            start = System.nanoTime();
            Thread.sleep(baselineMs);
            changeStart = System.nanoTime();
            LiquibaseUpdate.update(dir.toString(), "root-" + step.name() + ".xml", Pg.url(SCHEMA), step.stage());
            changeEnd = System.nanoTime();
            Thread.sleep(tailMs);
        } finally {
            samples = workload.stop();
        }
        long filenodeAfter = queryLong("SELECT pg_relation_filenode('accounts')");
        double mbAfter = queryLong("SELECT pg_relation_size('accounts')") / 1048576.0;

        long warm = start + 200_000_000L;
        List<Double> base = new ArrayList<>();
        List<Double> during = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Sample s : samples) {
            if (s.failed()) {
                errors.add(s.error());
            }
            if (s.startNanos() >= warm && s.endNanos() < changeStart) {
                base.add(s.millis());
            } else if (s.endNanos() >= changeStart && s.startNanos() <= changeEnd) {
                during.add(s.millis());
            }
        }
        double lockWait = sampler.longestWaitMs(changeStart, changeEnd + tailMs * 1_000_000L);
        boolean rewritten = filenodeBefore != filenodeAfter;
        double p99Base = Stats.percentile(base, 99);
        double p99During = Stats.percentile(during, 99);
        System.out.printf(
                "  %7d %-3s %-55s %6.0f ms, %d failed%s, lock wait %.0f ms, p99 %.1f -> %.1f ms%s%n",
                n,
                step.name(),
                step.label(),
                (changeEnd - changeStart) / 1e6,
                errors.size(),
                errors.isEmpty() ? "" : " (" + errors.get(0) + ")",
                lockWait,
                p99Base,
                p99During,
                rewritten ? ", REWRITTEN" : "");
        if (step.extension() && (!errors.isEmpty() || rewritten)) {
            problems.add(n + " rows, " + step.label() + ": " + errors.size() + " failed, rewritten " + rewritten);
        }
        return String.format(
                "| %d | %s | %s | %.0f | %d / %d | %d | %.0f | %.1f | %.1f → %.1f | %.1f → %.1f (%+.1f) | %s | %.1f → %.1f |",
                n,
                step.label(),
                step.stage(),
                (changeEnd - changeStart) / 1e6,
                base.size(),
                during.size(),
                errors.size(),
                lockWait,
                Stats.max(during),
                Stats.median(base),
                Stats.median(during),
                p99Base,
                p99During,
                p99During - p99Base,
                rewritten ? "yes" : "no",
                mbBefore,
                mbAfter);
    }

    /** A fresh {@code accounts} table of {@code rows} rows, as the old application version sees it. */
    private static void createTable(long rows) throws SQLException {
        Pg.recreateSchema(SCHEMA);
        try (Connection c = Pg.connect(SCHEMA);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id bigserial PRIMARY KEY, name text NOT NULL, balance int NOT NULL,"
                    + " legacy_code text NOT NULL, legacy_flag boolean NOT NULL)");
            s.execute("INSERT INTO accounts (name, balance, legacy_code, legacy_flag)"
                    + " SELECT 'n' || g, g % 1000, 'c' || (g % 100), true FROM generate_series(1, " + rows + ") g");
            s.execute("VACUUM ANALYZE accounts");
        }
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection c = Pg.connect(SCHEMA);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The server settings the results depend on. */
    private static String settings() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = Pg.connect("public");
                Statement s = c.createStatement()) {
            for (String name : List.of(
                    "server_version",
                    "lock_timeout",
                    "statement_timeout",
                    "deadlock_timeout",
                    "fsync",
                    "synchronous_commit",
                    "shared_buffers",
                    "max_connections")) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    out.append(name).append('=').append(rs.getString(1)).append(' ');
                }
            }
        }
        return out.toString().trim();
    }
}
