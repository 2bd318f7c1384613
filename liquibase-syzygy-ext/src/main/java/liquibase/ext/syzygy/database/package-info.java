/**
 * Database implementations for PostgreSQL and SQLite that commit a transactional changeset together with its
 * DATABASECHANGELOG row, so that a killed deployer leaves the changeset wholly applied and recorded or not at all.
 *
 * <p>Internal: a Liquibase adapter; it may change without notice.
 */
package liquibase.ext.syzygy.database;
