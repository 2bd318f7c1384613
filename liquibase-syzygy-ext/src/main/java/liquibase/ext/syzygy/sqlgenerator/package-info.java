/**
 * Internal: one {@code SqlGenerator} per statement and database ({@code postgresql}, {@code sqlite}), plus the
 * literal rendering they share. Nothing here rebuilds tables.
 */
package liquibase.ext.syzygy.sqlgenerator;
