package liquibase.ext.syzygy.lock;

import java.util.Objects;
import java.util.Optional;

/** The answer of one non-blocking attempt to take a lock: taken, or busy and (if it can tell) by whom. */
public sealed interface LockAttempt {

    /** The lock is now held by the caller. */
    record Acquired() implements LockAttempt {}

    /**
     * Someone else holds the lock.
     *
     * @param holder who, if the mechanism can tell (the holder may have released it meanwhile)
     */
    record Busy(Optional<LockHolder> holder) implements LockAttempt {
        public Busy {
            Objects.requireNonNull(holder, "holder == null");
        }
    }

    static LockAttempt acquired() {
        return new Acquired();
    }

    static LockAttempt busy(Optional<LockHolder> holder) {
        return new Busy(holder);
    }

    default boolean isAcquired() {
        return this instanceof Acquired;
    }
}
