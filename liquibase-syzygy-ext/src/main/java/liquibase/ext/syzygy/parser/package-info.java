/**
 * Parser decorators that assign stages to every changeset of a root changelog at parse time, in any format.
 *
 * <p>Internal: a Liquibase adapter; it may change without notice.
 */
package liquibase.ext.syzygy.parser;
