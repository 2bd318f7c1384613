/**
 * Converts Liquibase changesets to domain facts and writes the resolved stage into their contexts.
 *
 * <p>Internal: a Liquibase adapter; it may change without notice.
 */
package liquibase.ext.syzygy.changelog;
