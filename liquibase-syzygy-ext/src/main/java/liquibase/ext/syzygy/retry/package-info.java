/**
 * Lock safety for schema changes, as pure domain: the timeouts a changeset runs with, the backoff and budget of
 * its retries after a lock timeout, the sessions that blocked it, and the texts that name them. No database and
 * no clock of its own (a {@link java.time.Clock}, a {@link java.util.Random} and a sleeper come in), so every rule
 * is unit-tested; the PostgreSQL adapter lives in {@code liquibase.ext.syzygy.database}.
 */
package liquibase.ext.syzygy.retry;
