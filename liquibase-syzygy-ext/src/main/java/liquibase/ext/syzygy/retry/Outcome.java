package liquibase.ext.syzygy.retry;

import java.util.List;

/**
 * What one try of a changeset's statements came to: applied, or stopped by a lock timeout with the sessions that
 * held the lock. Any other failure is not an outcome but an exception: only a lock timeout is worth retrying.
 */
public sealed interface Outcome permits Outcome.Applied, Outcome.LockTimedOut {

    /** The statements ran. */
    record Applied() implements Outcome {}

    /**
     * A lock wait timed out (SQLSTATE 55P03); everything the try did was undone.
     *
     * @param blockers the sessions holding locks the statement needed, possibly empty when none could be found
     */
    record LockTimedOut(List<Blocker> blockers) implements Outcome {
        public LockTimedOut {
            blockers = List.copyOf(blockers);
        }
    }

    /** The one {@link Applied}. */
    Outcome APPLIED = new Applied();
}
