package io.github.liquibasesyzygy.bench.chaos;

import io.github.liquibasesyzygy.bench.Stats;
import java.util.ArrayList;
import java.util.List;

/** The counts of one database and variant over all its trials, and the row the results table prints for them. */
final class ChaosTally {

    private final String db;
    private final String variant;
    private int trials;
    private int kills;
    private int appliedTwice;
    private int halfApplied;
    private int staleLocks;
    private int failedDeployers;
    private int unrecovered;
    private int incomplete;
    private final List<Double> recoveries = new ArrayList<>();

    ChaosTally(String db, String variant) {
        this.db = db;
        this.variant = variant;
    }

    void add(Trial trial, int changesets) {
        trials++;
        ChaosTarget.Outcome outcome = trial.outcome();
        appliedTwice += outcome.appliedTwice();
        halfApplied += outcome.halfApplied();
        staleLocks += outcome.staleLock() ? 1 : 0;
        failedDeployers += trial.failed();
        incomplete += outcome.distinct() == changesets ? 0 : 1;
        if (trial.killed()) {
            kills++;
            trial.recoveryMillis().ifPresentOrElse(ms -> recoveries.add((double) ms), () -> unrecovered++);
        }
    }

    /** Whether anything happened that must never happen with the extension. */
    boolean clean() {
        return appliedTwice == 0
                && halfApplied == 0
                && staleLocks == 0
                && failedDeployers == 0
                && unrecovered == 0
                && incomplete == 0;
    }

    static String header() {
        return "| database | lock | trials | kills mid-update | applied twice | half-applied | stale locks"
                + " | failed deployers | incomplete | not recovered by the cap | recovery ms p50 / p99 / max |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|";
    }

    String row() {
        String recovery = recoveries.isEmpty()
                ? "n/a"
                : String.format(
                        "%.0f / %.0f / %.0f",
                        Stats.percentile(recoveries, 50),
                        Stats.percentile(recoveries, 99),
                        Stats.percentile(recoveries, 100));
        return String.format(
                "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %s |",
                db,
                variant,
                trials,
                kills,
                appliedTwice,
                halfApplied,
                staleLocks,
                failedDeployers,
                incomplete,
                unrecovered,
                recovery);
    }
}
