package liquibase.ext.syzygy.sql;

/**
 * The database the SQL is written for: the statements each one accepts differ (SQLite's {@code ALTER TABLE} only
 * adds, renames and drops columns; PostgreSQL's {@code serial} types carry a default), so the translation does too.
 */
public enum SqlDialect {
    POSTGRESQL,
    SQLITE,
    /** Any other database: the portable statements are translated, dialect-specific details are not assumed. */
    OTHER
}
