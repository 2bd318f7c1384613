package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The retry budget is spent and the last try still timed out: carries every try, so the adapter can name the
 * blockers in a coded error. Nothing of the changeset is applied when this is thrown (each try was undone).
 */
public final class RetryExhausted extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<TimedOutTry> tries;
    private final Duration elapsed;

    public RetryExhausted(List<TimedOutTry> tries, Duration elapsed) {
        super(tries.size() + " tries timed out waiting for a lock in " + Durations.human(elapsed));
        this.tries = List.copyOf(tries);
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed == null");
    }

    /** Every try, oldest first; never empty. */
    public List<TimedOutTry> tries() {
        return tries;
    }

    /** From the first try's start to the giving up. */
    public Duration elapsed() {
        return elapsed;
    }
}
