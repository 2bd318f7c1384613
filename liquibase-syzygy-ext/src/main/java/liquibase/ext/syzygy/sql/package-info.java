/**
 * Internal: reads raw SQL ({@code sql}, {@code sqlFile}, formatted SQL) statement by statement and translates each
 * statement it understands completely into the equivalent core change, in the change vocabulary of
 * {@link liquibase.ext.syzygy.fact.ChangeFacts}. Statements are split by Liquibase's own splitter (the only
 * Liquibase call, in {@code LiquibaseSplitter}) and parsed by JSqlParser, which ships relocated inside the jar.
 * Anything not understood completely is reported, never guessed.
 */
package liquibase.ext.syzygy.sql;
