/**
 * Public API of liquibase-syzygy: {@link liquibase.ext.syzygy.Stage} and {@link liquibase.ext.syzygy.StagedChange}.
 *
 * <p>Everything in sub-packages is internal to the extension and may change without notice. The pure domain
 * ({@code stage}, {@code plan}, {@code finding}) depends only on this package and the JDK; the Liquibase
 * adapters ({@code changelog}, {@code parser}, {@code validation}, {@code command}, {@code configuration})
 * depend on the domain, never the other way round.
 */
package liquibase.ext.syzygy;
