package liquibase.ext.syzygy.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;

/**
 * The texts of the lock: progress while waiting, and the coded findings for a timeout, a lost lock and a connection
 * that cannot hold a session lock. Every text names the holder where there is one, and no remedy suggests
 * {@code release-locks}: a crash-safe lock held by a live process is released by stopping that process (or waiting
 * for it), and a dead holder's lock is already gone.
 */
public final class LockFindings {

    private LockFindings() {}

    /** One progress line for a deployer that waits. */
    public static String waiting(ExclusiveLock lock, Optional<LockHolder> holder, Instant since, Duration waited) {
        return "Waiting for the changelog lock (" + lock.describe() + "), held by " + holderText(holder)
                + "; waiting since " + since + " (" + waited.toSeconds() + " s)";
    }

    /** The wait time is up. */
    public static Finding timeout(ExclusiveLock lock, Optional<LockHolder> holder, Duration waitTime) {
        return runWide(
                FindingCode.LOCK_TIMEOUT,
                "Could not take the changelog lock (" + lock.describe() + ") within " + minutes(waitTime)
                        + ": it is held by " + holderText(holder) + ".",
                holder.map(LockFindings::timeoutRemedy)
                        .orElse("Run again: the holder has finished; raise changelog-lock-wait-time-in-minutes to"
                                + " wait longer."));
    }

    /** Wait or stop the holder; on PostgreSQL the pid is the server backend's, which can be terminated. */
    private static String timeoutRemedy(LockHolder holder) {
        String stop = holder.kind().startsWith("backend")
                ? "stop that deployer, or end its session with SELECT pg_terminate_backend(" + holder.pid() + ")"
                : "stop process " + holder.pid()
                        + holder.host().map(h -> " on " + h).orElse("");
        return "Wait for the deployer holding it (" + holder.kind() + " " + holder.pid() + ") to finish and run"
                + " again; if it hangs, " + stop + ": the lock is freed when it dies. Raise"
                + " changelog-lock-wait-time-in-minutes to wait longer.";
    }

    /** The lock was held and is not any more, e.g. the connection was lost and re-established. */
    public static Finding lost(ExclusiveLock lock, String why) {
        return runWide(
                FindingCode.LOCK_LOST,
                "This deployer no longer holds the changelog lock (" + lock.describe() + "): " + why
                        + ". It stopped before the next changeset rather than run it unlocked.",
                "Run the update again: it re-reads DATABASECHANGELOG and applies only what is still pending. If"
                        + " connections are routed through a pooler in transaction mode (PgBouncer), connect"
                        + " Liquibase directly to the server or through a session-mode pool.");
    }

    /** The connection cannot hold or poll a session lock safely. */
    public static Finding unsafeConnection(ExclusiveLock lock, String why, String remedy) {
        return runWide(
                FindingCode.LOCK_UNSAFE_CONNECTION,
                "Cannot use the changelog lock (" + lock.describe() + ") on this connection: " + why + ".",
                remedy);
    }

    private static Finding runWide(FindingCode code, String message, String hint) {
        return new Finding(code, Severity.ERROR, Optional.empty(), message, hint);
    }

    private static String holderText(Optional<LockHolder> holder) {
        return holder.map(LockHolder::describe).orElse("another deployer (it could not be identified)");
    }

    private static String minutes(Duration waitTime) {
        long seconds = waitTime.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
