package liquibase.ext.syzygy.plan;

/**
 * Whether the database a plan is for stops a table's writes while a schema change builds or scans it, which decides
 * whether {@code BLOCKING_CHANGE} warnings make sense. The adapter that knows the database chooses.
 */
public enum TableLocks {
    /**
     * PostgreSQL: a plain index build or inline constraint check locks the one table for its whole duration while
     * the application keeps serving, and there is a non-blocking way ({@code CONCURRENTLY}, {@code NOT VALID}).
     */
    BLOCK_WRITES,
    /**
     * SQLite (any write locks the whole database, and there is no concurrent build) or a plan made without a
     * database: no warning.
     */
    NOT_JUDGED
}
