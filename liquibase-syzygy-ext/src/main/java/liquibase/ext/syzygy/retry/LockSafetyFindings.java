package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;

/**
 * The texts of lock safety: the line logged before each retry and the coded errors when the budget is spent or a
 * statement timeout stops a changeset. Each names the changeset, what blocked it (so an operator can end or wait
 * for that session without digging through {@code pg_locks}) and the settings that change the behaviour.
 */
public final class LockSafetyFindings {

    private final SettingNames settings;

    public LockSafetyFindings(SettingNames settings) {
        this.settings = settings;
    }

    /** Logged before a retry: which changeset, which try, what blocked it, how long until the next try. */
    public String retrying(
            ChangeSetId changeSet, Duration lockTimeout, TimedOutTry failed, Duration wait, Duration elapsed) {
        return "liquibase-syzygy: " + changeSet + ": try " + failed.number() + " waited more than "
                + Durations.human(lockTimeout) + " (" + settings.lockTimeout() + ") for a lock, blocked by "
                + blockers(failed.blockers()) + "; undone, trying again in " + Durations.human(wait) + " ("
                + Durations.human(elapsed) + " of the " + settings.budget() + " spent).";
    }

    /** The budget is spent: nothing of a transactional changeset is applied. */
    public Finding exhausted(
            ChangeSetId changeSet, Duration lockTimeout, Duration budget, boolean transactional, RetryExhausted e) {
        List<TimedOutTry> tries = e.tries();
        List<Blocker> last = tries.get(tries.size() - 1).blockers();
        return Finding.error(
                FindingCode.DDL_LOCK_TIMEOUT,
                changeSet,
                "gave up after " + (tries.size() == 1 ? "1 try" : tries.size() + " tries") + " in "
                        + Durations.human(e.elapsed()) + ": each waited more"
                        + " than " + Durations.human(lockTimeout) + " for a lock held by "
                        + blockers(everyBlocker(tries))
                        + (transactional
                                ? ". Nothing of this changeset was applied."
                                : ". It runs with runInTransaction=\"false\": its statements before that one stay"
                                        + " applied."),
                (last.isEmpty()
                                ? "Find the session holding a lock on its tables (pg_locks joined to"
                                        + " pg_stat_activity) and wait for it to finish or end it"
                                : "Wait for " + pids(last) + " to finish, or end it with SELECT pg_terminate_backend("
                                        + last.get(0).pid() + ")")
                        + ", then run again. To keep trying longer, raise " + settings.budget() + " (now "
                        + Durations.human(budget) + "); to let this changeset wait longer each try, give it its own"
                        + " timeout with " + settings.overrides() + "=" + changeSet + "=30s (or raise "
                        + settings.lockTimeout() + ").");
    }

    /** A statement ran longer than the statement timeout; it is not retried. */
    public Finding statementTimedOut(ChangeSetId changeSet, Duration statementTimeout) {
        return Finding.error(
                FindingCode.STATEMENT_TIMEOUT,
                changeSet,
                "a statement ran longer than " + Durations.human(statementTimeout) + " ("
                        + settings.statementTimeout() + ") and was cancelled; it is not retried. A changeset that"
                        + " runs in a transaction was rolled back; one with runInTransaction=\"false\" keeps the"
                        + " statements that completed before it.",
                "Raise " + settings.statementTimeout() + " (or set it to off) for this run, or make the change"
                        + " cheaper (split a long data change into batches), then run again.");
    }

    /** Each blocker once, by pid, in order of first appearance. */
    private static List<Blocker> everyBlocker(List<TimedOutTry> tries) {
        Map<Integer, Blocker> byPid = new LinkedHashMap<>();
        for (int i = tries.size() - 1; i >= 0; i--) {
            tries.get(i).blockers().forEach(b -> byPid.putIfAbsent(b.pid(), b));
        }
        return List.copyOf(byPid.values());
    }

    private static String blockers(List<Blocker> blockers) {
        if (blockers.isEmpty()) {
            return "a session that could not be identified (it had finished, or the changeset's tables are not"
                    + " known)";
        }
        return blockers.stream().map(Blocker::describe).collect(Collectors.joining("; "));
    }

    private static String pids(List<Blocker> blockers) {
        return blockers.stream().map(b -> "backend pid " + b.pid()).collect(Collectors.joining(", "));
    }
}
