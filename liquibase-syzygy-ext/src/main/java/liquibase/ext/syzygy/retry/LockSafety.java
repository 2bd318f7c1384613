package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The timeouts one changeset's statements run with on PostgreSQL, and how long its lock timeouts are retried.
 *
 * <p>A schema change needs an {@code ACCESS EXCLUSIVE} lock for an instant; while it waits for one behind a long
 * transaction, every query of the application queues behind it. A short {@code lockTimeout} bounds that queue to
 * about its length, and the retries make up for giving up early.
 *
 * @param lockTimeout the {@code lock_timeout} of each statement; empty leaves the session's and turns retries off
 * @param statementTimeout the {@code statement_timeout} of each statement; empty leaves the session's
 * @param budget how long after the first try a retry may still start; zero means no retry
 * @param backoff the waits between tries
 */
public record LockSafety(
        Optional<Duration> lockTimeout, Optional<Duration> statementTimeout, Duration budget, Backoff backoff) {

    /** {@code lockTimeout} when nothing is set: short enough that an application barely notices the queue. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(1);

    /** {@code budget} when nothing is set: Liquibase's own changelog lock wait (5 minutes). */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);

    public LockSafety {
        Objects.requireNonNull(lockTimeout, "lockTimeout == null");
        Objects.requireNonNull(statementTimeout, "statementTimeout == null");
        Objects.requireNonNull(budget, "budget == null");
        Objects.requireNonNull(backoff, "backoff == null");
    }

    /** Whether anything is changed from plain Liquibase: a timeout to set. */
    public boolean active() {
        return lockTimeout.isPresent() || statementTimeout.isPresent();
    }

    /** Whether a lock timeout is retried (one of ours; a session's own timeout is not). */
    public boolean retries() {
        return lockTimeout.isPresent();
    }

    /** The same with another lock timeout, from a per-changeset entry. */
    public LockSafety withLockTimeout(Optional<Duration> other) {
        return new LockSafety(other, statementTimeout, budget, backoff);
    }
}
