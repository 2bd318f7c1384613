package liquibase.ext.syzygy.lock;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a deployer waits for the lock and how often it tries again: Liquibase's
 * {@code changelog-lock-wait-time-in-minutes} and {@code changelog-lock-poll-rate}, read once by the adapter and
 * passed in, so the wait loop never reads global configuration.
 *
 * @param waitTime how long to keep trying before giving up
 * @param pollRate the pause between attempts
 */
public record WaitPolicy(Duration waitTime, Duration pollRate) {

    public WaitPolicy {
        Objects.requireNonNull(waitTime, "waitTime == null");
        Objects.requireNonNull(pollRate, "pollRate == null");
        if (waitTime.isNegative() || pollRate.isNegative()) {
            throw new IllegalArgumentException("negative wait time or poll rate: " + waitTime + ", " + pollRate);
        }
    }

    /** Liquibase's units: minutes to wait, seconds between attempts (a poll rate of 0 tries again at once). */
    public static WaitPolicy ofLiquibase(long waitMinutes, long pollSeconds) {
        return new WaitPolicy(Duration.ofMinutes(waitMinutes), Duration.ofSeconds(pollSeconds));
    }
}
