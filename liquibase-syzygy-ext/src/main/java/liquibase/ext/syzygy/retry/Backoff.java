package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How long to wait before the next try after a lock timeout: exponential ({@code first}, doubled per retry, never
 * above {@code max}) with equal jitter (half of it fixed, half random), so that deployers and application
 * sessions that timed out together do not come back together, and a retry never waits less than half its step.
 *
 * @param first the step before the first retry
 * @param max the largest step
 */
public record Backoff(Duration first, Duration max) {

    /** 500 ms, doubling up to 10 s: a short blocker is outlived within a few tries, a long one costs few tries. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

    public Backoff {
        Objects.requireNonNull(first, "first == null");
        Objects.requireNonNull(max, "max == null");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, got " + first + ", " + max);
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry), drawn from {@code random}. */
    public Duration delay(int retry, Random random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry < 1: " + retry);
        }
        long step = first.toMillis();
        for (int i = 1; i < retry && step < max.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, max.toMillis());
        long half = step / 2;
        return Duration.ofMillis(step - half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
