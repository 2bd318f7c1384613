/**
 * The quorum's adapter: the coordination table in the target database, the leader's lock (a PostgreSQL session
 * advisory lock or a lock on a file beside the SQLite database), the plan as Liquibase computes it, and the
 * session that joins, waits and reports. The rules themselves are in {@link liquibase.ext.syzygy.quorum}.
 */
package liquibase.ext.syzygy.coordination;
