/**
 * The deployment lock, without a database: its key, who holds it, the non-blocking lock port the adapters implement
 * (PostgreSQL session advisory lock, SQLite file lock), and the polling wait with its coded failures.
 *
 * <p>Shared by the lock service and the quorum. To coordinate on a key of its own, a caller derives it
 * ({@link liquibase.ext.syzygy.lock.LockKey#derived}), gets an {@link liquibase.ext.syzygy.lock.ExclusiveLock} for it
 * from the adapter ({@code lockservice.Locks.forDatabase(database, key, clock)}), and either tries once
 * ({@link liquibase.ext.syzygy.lock.ExclusiveLock#tryAcquire}, which says who holds it when busy) or waits with
 * {@link liquibase.ext.syzygy.lock.LockWaiter}. The changelog lock itself is {@code Locks.forDatabase(database,
 * clock)}, or, once Liquibase holds it, {@code SyzygyLockService.exclusiveLock()}.
 */
package liquibase.ext.syzygy.lock;
