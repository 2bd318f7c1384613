package liquibase.ext.syzygy.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Waits for an {@link ExclusiveLock} by polling: one attempt, then one attempt every poll interval until the wait
 * time is up. Each busy attempt reports who holds the lock and since when this deployer waits. The clock and the
 * sleep are injected so the loop is tested without waiting.
 */
public final class LockWaiter {

    /** Sleeps for a duration; {@link Thread#sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A poll rate of 0 still pauses this long, so that a waiter never spins on the database. */
    static final Duration MIN_PAUSE = Duration.ofMillis(100);

    private final Clock clock;
    private final Sleeper sleeper;
    private final Consumer<String> progress;

    /**
     * @param clock the time source
     * @param sleeper how to pause between attempts
     * @param progress receives one line per busy attempt (the adapter logs it and shows it to the user)
     */
    public LockWaiter(Clock clock, Sleeper sleeper, Consumer<String> progress) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        this.progress = Objects.requireNonNull(progress, "progress == null");
    }

    /**
     * Takes {@code lock}, waiting as {@code policy} says.
     *
     * @throws LockFailure with {@code LOCK_TIMEOUT} naming the last holder seen, when the wait time is up
     * @throws LockBackendException when the lock mechanism fails
     * @throws InterruptedException when the thread is interrupted while it waits
     */
    public void acquire(ExclusiveLock lock, WaitPolicy policy)
            throws LockFailure, LockBackendException, InterruptedException {
        Instant start = clock.instant();
        Instant giveUp = start.plus(policy.waitTime());
        Optional<LockHolder> lastHolder = Optional.empty();
        while (true) {
            LockAttempt attempt = lock.tryAcquire();
            if (attempt instanceof LockAttempt.Busy busy) {
                lastHolder = busy.holder().isPresent() ? busy.holder() : lastHolder;
            } else {
                return;
            }
            Instant now = clock.instant();
            if (!now.isBefore(giveUp)) {
                throw new LockFailure(LockFindings.timeout(lock, lastHolder, policy.waitTime()));
            }
            progress.accept(LockFindings.waiting(lock, lastHolder, start, Duration.between(start, now)));
            Duration pause = policy.pollRate().compareTo(MIN_PAUSE) < 0 ? MIN_PAUSE : policy.pollRate();
            Duration left = Duration.between(now, giveUp);
            sleeper.sleep(pause.compareTo(left) < 0 ? pause : left);
        }
    }
}
