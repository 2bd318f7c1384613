package io.github.liquibasesyzygy.bench;

import io.github.liquibasesyzygy.bench.chaos.ChaosBench;
import io.github.liquibasesyzygy.bench.e2e.EndToEndBench;
import io.github.liquibasesyzygy.bench.e2e.RerunProfile;
import io.github.liquibasesyzygy.bench.live.LiveBench;
import io.github.liquibasesyzygy.bench.live.LockSafetyBench;
import io.github.liquibasesyzygy.bench.parse.Breakdown;
import io.github.liquibasesyzygy.bench.parse.ParseBench;
import io.github.liquibasesyzygy.bench.parse.PlanScaling;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of the benchmarks ({@code parse}, {@code breakdown}, {@code scaling}, {@code e2e}, {@code rerun}, {@code live}, {@code locks}, {@code chaos}, or
 * {@code all}), so that each figure in
 * benchmarks/README.md has one command; {@code --smoke} runs a seconds-long version of each for CI.
 */
public final class Main {

    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private Main() {}

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || "help".equals(argv[0])) {
            System.out.println(
                    "usage: Main parse|breakdown|scaling|e2e|rerun|live|locks|chaos|all [--smoke] [options], see benchmarks/README.md");
            return;
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        // Liquibase logs every changeset at INFO; printing 1000s of lines would dominate the timings.
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        // Register this class path's JDBC drivers now: DriverManager loads them once, through the context class
        // loader of its first caller, which must not be one of the isolated Liquibase class loaders.
        java.sql.DriverManager.getDrivers();
        Args args = new Args(Arrays.copyOfRange(argv, 1, argv.length));
        switch (argv[0]) {
            case "parse" -> ParseBench.run(args);
            case "scaling" -> PlanScaling.run(args);
            case "breakdown" -> Breakdown.run(args);
            case "e2e" -> EndToEndBench.run(args);
            case "rerun" -> RerunProfile.run(args);
            case "live" -> LiveBench.run(args);
            case "locks" -> LockSafetyBench.run(args);
            case "chaos" -> ChaosBench.run(args);
            case "all" -> {
                ParseBench.run(args);
                Breakdown.run(args);
                PlanScaling.run(args);
                EndToEndBench.run(args);
                RerunProfile.run(args);
                LiveBench.run(args);
                LockSafetyBench.run(args);
                ChaosBench.run(args);
            }
            default -> throw new IllegalArgumentException("unknown benchmark " + argv[0]);
        }
    }
}
