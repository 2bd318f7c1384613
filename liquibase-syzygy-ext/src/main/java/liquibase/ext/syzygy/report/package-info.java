/**
 * Renders a stage plan for people and machines: text, JSON, SARIF, GitHub annotations and JUnit XML.
 *
 * <p>Plain Java over the domain's plan and findings; it imports nothing of Liquibase, so every format is tested
 * with golden files and no database.
 */
package liquibase.ext.syzygy.report;
