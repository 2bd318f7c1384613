/**
 * The {@code liquibase.syzygy.*} settings.
 *
 * <p>Internal: a Liquibase adapter; it may change without notice.
 */
package liquibase.ext.syzygy.configuration;
