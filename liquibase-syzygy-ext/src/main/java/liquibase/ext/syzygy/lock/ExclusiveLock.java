package liquibase.ext.syzygy.lock;

import java.util.Optional;

/**
 * A crash-safe, non-blocking exclusive lock on one {@link LockKey}: a PostgreSQL session advisory lock or an
 * operating-system file lock, both freed by the server or the kernel when their holder dies. There is no blocking
 * acquire on purpose: a waiter that blocks inside the database (or holds a snapshot while it waits) deadlocks the
 * holder's {@code CREATE INDEX CONCURRENTLY}, so waiting is always {@link LockWaiter}'s polling.
 *
 * <p>This is the port the lock service and the quorum share; the adapters implement it.
 */
public interface ExclusiveLock {

    /** The key this lock is for. */
    LockKey key();

    /**
     * Tries once, without waiting; taking a lock the caller already holds answers acquired without nesting.
     *
     * @throws LockFailure when this connection cannot hold the lock safely (coded, with the remedy)
     */
    LockAttempt tryAcquire() throws LockBackendException, LockFailure;

    /** Whether the caller still holds the lock (false after a lost connection, even if it was reconnected). */
    boolean isHeld() throws LockBackendException;

    /** Who holds the lock now, if anyone and if the mechanism can tell. */
    Optional<LockHolder> holder() throws LockBackendException;

    /** Releases the lock if the caller holds it; does nothing otherwise (never releases someone else's). */
    void release() throws LockBackendException;

    /** The phrase naming the mechanism in messages, e.g. {@code PostgreSQL session advisory lock 1234}. */
    String describe();
}
