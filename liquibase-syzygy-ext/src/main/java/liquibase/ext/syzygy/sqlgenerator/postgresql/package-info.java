/** Internal: PostgreSQL SQL for the staged column statements; every statement is one {@code ALTER TABLE}. */
package liquibase.ext.syzygy.sqlgenerator.postgresql;
