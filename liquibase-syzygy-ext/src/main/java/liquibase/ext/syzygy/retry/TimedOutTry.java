package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One try that a lock timeout stopped, as logged and reported.
 *
 * @param number 1 for the first try
 * @param took how long the try ran before it gave up (mostly its lock wait)
 * @param blockers the sessions that held the lock it waited for
 */
public record TimedOutTry(int number, Duration took, List<Blocker> blockers) {

    public TimedOutTry {
        Objects.requireNonNull(took, "took == null");
        blockers = List.copyOf(blockers);
    }
}
