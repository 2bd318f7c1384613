/**
 * Internal: SQLite SQL for the staged column statements, native only. What {@code ALTER TABLE} cannot do
 * (defaults, NOT NULL) is done with SQLite's documented {@code writable_schema} procedure on the one column
 * definition, never with Liquibase's table rebuild, which breaks views and loses constraints.
 */
package liquibase.ext.syzygy.sqlgenerator.sqlite;
