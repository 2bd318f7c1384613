/**
 * Internal: the SQL statements the staged change types emit. Each is an immutable value rendered by one
 * generator per database in {@code liquibase.ext.syzygy.sqlgenerator}.
 */
package liquibase.ext.syzygy.statement;
