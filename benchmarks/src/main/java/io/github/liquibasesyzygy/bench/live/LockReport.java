package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.live.LockRun.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The lock-safety benchmark's results as it prints them: one markdown table per scenario, each run's figures next
 * to the targets, and the problems {@link LockChecks} found, which fail the run.
 */
final class LockReport {

    /** How much longer than its lock timeout a workload statement may wait, and how much its p99 may grow. */
    private static final double SLACK_MS = 50;

    private final List<String> blockerRows = new ArrayList<>();
    private final List<String> indexRows = new ArrayList<>();
    private final List<String> notNullRows = new ArrayList<>();
    private final List<String> budgetLines = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    void blocker(Outcome o) {
        problems.addAll(LockChecks.applied(o));
        if (o.c().extension()) {
            problems.addAll(LockChecks.waitedOutBlocker(o));
        }
        double timeout = timeoutMs(o);
        String targets = !o.c().extension()
                ? "—"
                : String.format(
                        "wait ≤ %.0f: %s; p99 Δ ≤ %.0f: %s",
                        timeout + SLACK_MS,
                        yes(o.longestLockWaitMs() <= timeout + SLACK_MS),
                        SLACK_MS,
                        yes(o.during().p99Ms() - o.base().p99Ms() <= SLACK_MS));
        double bound = o.base().p99Ms() + SLACK_MS;
        blockerRows.add(String.format(
                "| %s | %s | %.1f | %+.1f | %s | %d / %d | %.0f → %.0f | %.0f | %.1f → %.1f (%+.1f) | %d, %.1f s"
                        + " | %s |",
                o.c().label(),
                o.c().extension() ? o.c().settings().getOrDefault("liquibase.syzygy.lockTimeout", "1s") : "none",
                o.updateMs() / 1000,
                (o.changeEnd() - o.blockerEnd()) / 1e9,
                o.c().extension() ? LockChecks.retries(o).size() + ", all naming it" : "—",
                o.during().statements(),
                o.during().failed(),
                o.base().rate(),
                o.during().rate(),
                o.longestLockWaitMs(),
                o.base().p99Ms(),
                o.during().p99Ms(),
                o.during().p99Ms() - o.base().p99Ms(),
                o.during().over(bound),
                o.during().secondsOver(bound) / o.connections(),
                targets));
        print(o);
    }

    void budget(Outcome o) {
        problems.addAll(LockChecks.gaveUp(o));
        String error = o.errorText()
                .lines()
                .filter(l -> l.contains("[DDL_LOCK_TIMEOUT]"))
                .findFirst()
                .orElse(o.errorText());
        budgetLines.add(String.format(
                "%s, blocker %.0f s: stopped after %.1f s; applied: %s, history rows: %d; workload statements"
                        + " failed: %d; longest lock wait %.0f ms. The error:%n%n```%n%s%n```",
                o.c().label(),
                o.c().blockerMillis() / 1000.0,
                o.updateMs() / 1000,
                o.state().has(o.c().kind()) ? "yes" : "no",
                o.state().historyRows(),
                o.during().failed(),
                o.longestLockWaitMs(),
                error.strip()));
        print(o);
    }

    void index(Outcome o) {
        problems.addAll(LockChecks.applied(o));
        indexRows.add(String.format(
                "| %d | %s | %.0f | %d / %d | %.0f → %.0f | %.0f | %.1f | %.1f → %.1f | %.1f → %.1f (%+.1f) |",
                o.rows(),
                o.c().label(),
                o.updateMs(),
                o.writesDuring().statements(),
                o.writesDuring().failed(),
                o.writesBase().rate(),
                o.writesDuring().rate(),
                o.longestLockWaitMs(),
                o.writesDuring().longestMs(),
                o.writesBase().p50Ms(),
                o.writesDuring().p50Ms(),
                o.writesBase().p99Ms(),
                o.writesDuring().p99Ms(),
                o.writesDuring().p99Ms() - o.writesBase().p99Ms()));
        print(o);
    }

    void notNull(Outcome o) {
        problems.addAll(LockChecks.applied(o));
        notNullRows.add(String.format(
                "| %d | %s | %.0f | %d / %d | %.0f | %d | %.1f | %.1f → %.1f (%+.1f) | %s |",
                o.rows(),
                o.c().label(),
                o.updateMs(),
                o.during().statements(),
                o.during().failed(),
                o.longestLockWaitMs(),
                o.exclusiveHolds().size(),
                o.longestHoldMs(),
                o.base().p99Ms(),
                o.during().p99Ms(),
                o.during().p99Ms() - o.base().p99Ms(),
                o.c().extension() ? yes(o.longestHoldMs() < SLACK_MS) : "—"));
        print(o);
    }

    void print() {
        System.out.println();
        System.out.println("Blocker (a session idle in a transaction holding ACCESS SHARE on accounts):");
        System.out.println("| run | lock timeout | update s | applied s after the blocker ended | retries logged"
                + " | statements during / failed | statements/s base → during | longest lock wait ms"
                + " | p99 ms base → during (Δ) | statements over base p99 + 50 ms, stalled s per connection"
                + " | targets |");
        System.out.println("|---|---|---:|---:|---|---:|---|---:|---|---|---|");
        blockerRows.forEach(System.out::println);
        System.out.println();
        budgetLines.forEach(System.out::println);
        System.out.println();
        System.out.println("Index (writes only):");
        System.out.println("| rows | run | update ms | writes during / failed | writes/s base → during"
                + " | longest lock wait ms | longest write ms | write p50 ms base → during"
                + " | write p99 ms base → during (Δ) |");
        System.out.println("|---:|---|---:|---:|---|---:|---:|---|---|");
        indexRows.forEach(System.out::println);
        System.out.println();
        System.out.println("NOT NULL:");
        System.out.println("| rows | run | update ms | statements during / failed | longest lock wait ms"
                + " | ACCESS EXCLUSIVE holds seen | longest hold ms (upper bound) | p99 ms base → during (Δ)"
                + " | hold < 50 ms |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---|---|");
        notNullRows.forEach(System.out::println);
    }

    void throwOnProblems() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("lock-safety runs broke their guarantees: " + problems);
        }
    }

    /** A line per run as it finishes, so that a long run shows progress. */
    private static void print(Outcome o) {
        System.out.printf(
                "  %7d %-45s %7.0f ms, %d/%d statements failed, lock wait %.0f ms, p99 %.1f -> %.1f ms,"
                        + " ACCESS EXCLUSIVE longest %.1f ms (%d holds, resolution %.1f ms)%s%n",
                o.rows(),
                o.c().label(),
                o.updateMs(),
                o.during().failed(),
                o.during().statements(),
                o.longestLockWaitMs(),
                o.base().p99Ms(),
                o.during().p99Ms(),
                o.longestHoldMs(),
                o.exclusiveHolds().size(),
                o.holdResolutionMs(),
                o.error() == null
                        ? ""
                        : ", failed: " + o.errorText().lines().findFirst().orElse(""));
        LockChecks.retries(o).forEach(m -> System.out.println("      " + m));
    }

    private static double timeoutMs(Outcome o) {
        String value = o.c().settings().getOrDefault("liquibase.syzygy.lockTimeout", "1s");
        return value.endsWith("ms")
                ? Double.parseDouble(value.substring(0, value.length() - 2))
                : Double.parseDouble(value.substring(0, value.length() - 1)) * 1000;
    }

    private static String yes(boolean met) {
        return met ? "met" : "missed";
    }
}
