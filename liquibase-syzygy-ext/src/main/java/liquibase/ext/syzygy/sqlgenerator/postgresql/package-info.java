/**
 * Internal: PostgreSQL SQL for the staged column statements (each one {@code ALTER TABLE}) and the concurrent index
 * statements.
 */
package liquibase.ext.syzygy.sqlgenerator.postgresql;
