/**
 * The crash-safe changelog lock as Liquibase sees it: a {@code LockService} of higher priority, the PostgreSQL
 * advisory lock and SQLite file lock that implement the domain's {@code ExclusiveLock}, the per-changeset check that
 * the lock is still held, and the creation of Liquibase's tables under the lock on a fresh database.
 */
package liquibase.ext.syzygy.lockservice;
