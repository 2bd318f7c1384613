/**
 * Internal: the staged change types ({@code addColumnStaged}, {@code postAddColumn}, {@code preRemoveColumn},
 * {@code createIndexConcurrently}, {@code dropIndexConcurrently})
 * and the SQLite-correct {@code dropColumn}. Each implements {@link liquibase.ext.syzygy.StagedChange}.
 * Property names are part of every applied changeset's checksum: never rename them.
 */
package liquibase.ext.syzygy.change;
