/**
 * Stage checks inside Liquibase's own changelog validation, so a bad plan stops before the lock is taken.
 *
 * <p>Internal: a Liquibase adapter; it may change without notice.
 */
package liquibase.ext.syzygy.validation;
