/**
 * The {@code stage-plan} command, its renderers, and the guard that refuses update runs without a stage.
 *
 * <p>Internal: a Liquibase adapter; it may change without notice.
 */
package liquibase.ext.syzygy.command;
