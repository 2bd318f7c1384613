package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.live.LockRun.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold in the lock-safety benchmark whatever the timings: pure functions from a run's outcome to the
 * problems found, each naming the run. Timings are compared with their targets in the report, not here.
 */
final class LockChecks {

    private LockChecks() {}

    /** A run expected to apply its change: it did, once, and (the extension's) without a failed statement. */
    static List<String> applied(Outcome o) {
        List<String> problems = new ArrayList<>();
        String run = o.rows() + " rows, " + o.c().label();
        if (o.error() != null) {
            problems.add(run + ": Liquibase failed: "
                    + o.errorText().lines().findFirst().orElse(""));
        }
        if (!o.state().has(o.c().kind())) {
            problems.add(run + ": the change is not in the table");
        }
        if (o.state().historyRows() != 1) {
            problems.add(run + ": the history holds " + o.state().historyRows() + " rows, not 1");
        }
        problems.addAll(noFailedStatements(o, run));
        return problems;
    }

    /** An extension run behind the blocker: it retried, every retry named the blocker, and it ended after it. */
    static List<String> waitedOutBlocker(Outcome o) {
        List<String> problems = new ArrayList<>();
        String run = o.c().label() + " behind the blocker";
        List<String> retries = retries(o);
        if (retries.isEmpty()) {
            problems.add(run + ": no retry was logged");
        }
        String blocker = "backend pid " + o.blockerPid() + " ";
        retries.stream()
                .filter(m -> !m.contains(blocker))
                .findFirst()
                .ifPresent(m -> problems.add(run + ": a retry does not name the blocker (" + blocker + "): " + m));
        if (o.blockerEnd() > o.changeEnd()) {
            problems.add(run + ": applied before the blocker ended, so the blocker did not block");
        }
        return problems;
    }

    /** The extension run whose budget is shorter than the blocker: a coded error naming it, nothing applied. */
    static List<String> gaveUp(Outcome o) {
        List<String> problems = new ArrayList<>();
        String run = o.c().label() + " behind the blocker";
        String text = o.errorText();
        for (String expected : List.of(
                "[DDL_LOCK_TIMEOUT]", "backend pid " + o.blockerPid() + " ", "'" + Blocker.APPLICATION_NAME + "'")) {
            if (!text.contains(expected)) {
                problems.add(run + ": expected an error with " + expected + ", got: " + text.strip());
            }
        }
        if (o.state().has(o.c().kind()) || o.state().historyRows() != 0) {
            problems.add(run + ": half applied after giving up (" + o.state() + ")");
        }
        problems.addAll(noFailedStatements(o, run));
        return problems;
    }

    /** The retry messages the run logged. */
    static List<String> retries(Outcome o) {
        return o.messages().stream().filter(m -> m.contains("trying again")).toList();
    }

    private static List<String> noFailedStatements(Outcome o, String run) {
        int failed = o.base().failed() + o.during().failed();
        if (!o.c().extension() || failed == 0) {
            return List.of();
        }
        String error =
                o.during().failed() > 0 ? o.during().firstError() : o.base().firstError();
        return List.of(run + ": " + failed + " workload statements failed (" + error + ")");
    }
}
