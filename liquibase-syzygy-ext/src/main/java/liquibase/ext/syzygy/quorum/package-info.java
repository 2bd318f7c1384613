/**
 * The quorum of deployers, as pure domain: the plan every deployer fingerprints, the rows of the coordination
 * table, and the rules that turn what a deployer sees into lead, follow, wait or fail. No database, no clock of
 * its own (times come in as arguments), so every rule is unit-tested.
 */
package liquibase.ext.syzygy.quorum;
