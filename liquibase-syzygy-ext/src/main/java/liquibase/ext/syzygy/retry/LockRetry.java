package liquibase.ext.syzygy.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Runs a changeset's try again after a lock timeout, with {@link Backoff} between tries, until it is applied or
 * the budget is spent. The try itself (undo, replay, the database) is the adapter's: this class only decides
 * whether and when to try again, so the rule is testable with a fixed clock and seed.
 *
 * <p>The budget bounds when a new try may start: a try is not started when the time since the first one plus the
 * next wait would pass it, so the whole changeset gives up at most one lock timeout after the budget.
 */
public final class LockRetry {

    /** One try of the statements; numbered from 1. Failures other than a lock timeout are thrown. */
    @FunctionalInterface
    public interface Try<X extends Exception> {
        Outcome run(int number) throws X;
    }

    /** Told before each wait, to log the retry. */
    @FunctionalInterface
    public interface Listener {
        void retrying(TimedOutTry failed, Duration wait, Duration elapsed);
    }

    /** Waits between tries (a real sleep in the adapter, a clock advance in tests). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration budget;
    private final Backoff backoff;
    private final Random random;
    private final Clock clock;
    private final Sleeper sleeper;

    public LockRetry(Duration budget, Backoff backoff, Random random, Clock clock, Sleeper sleeper) {
        this.budget = Objects.requireNonNull(budget, "budget == null");
        this.backoff = Objects.requireNonNull(backoff, "backoff == null");
        this.random = Objects.requireNonNull(random, "random == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    }

    /**
     * Runs {@code attempt} until it is applied.
     *
     * @throws RetryExhausted when the budget is spent
     * @throws InterruptedException when a wait is interrupted
     * @throws X whatever a try throws (not retried)
     */
    public <X extends Exception> void run(Try<X> attempt, Listener listener)
            throws X, RetryExhausted, InterruptedException {
        Instant start = clock.instant();
        List<TimedOutTry> failed = new ArrayList<>();
        for (int number = 1; ; number++) {
            Instant began = clock.instant();
            if (!(attempt.run(number) instanceof Outcome.LockTimedOut timedOut)) {
                return;
            }
            Instant now = clock.instant();
            TimedOutTry record = new TimedOutTry(number, Duration.between(began, now), timedOut.blockers());
            failed.add(record);
            Duration elapsed = Duration.between(start, now);
            Duration wait = backoff.delay(number, random);
            if (elapsed.plus(wait).compareTo(budget) > 0) {
                throw new RetryExhausted(failed, elapsed);
            }
            listener.retrying(record, wait, elapsed);
            sleeper.sleep(wait);
        }
    }
}
