package liquibase.ext.syzygy.statement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

/**
 * Finds the {@code INVALID} index a failed or killed {@code CREATE INDEX CONCURRENTLY} left behind, in PostgreSQL's
 * catalog ({@code pg_index.indisvalid}).
 *
 * <p>The table is resolved by {@code to_regclass} from the very name the build writes into its SQL, so the lookup
 * follows the same {@code search_path} and quoting as the statement it cleans up after.
 */
final class InvalidIndexes {

    private static final String QUERY = "SELECT n.nspname FROM pg_catalog.pg_index i"
            + " JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE i.indrelid = to_regclass(?) AND c.relname = ? AND NOT i.indisvalid";

    private InvalidIndexes() {}

    /** The invalid index named like {@code index} on its table, schema-qualified; empty when none or offline. */
    static Optional<IndexRef> find(Database database, IndexRef index) throws DatabaseException {
        if (!(database instanceof PostgresDatabase) || !(database.getConnection() instanceof JdbcConnection jdbc)) {
            return Optional.empty();
        }
        Connection connection = jdbc.getUnderlyingConnection();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, index.escapedTable(database));
            query.setString(2, index.indexName());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new IndexRef(null, rows.getString(1), index.tableName(), index.indexName()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot look for an invalid index " + index + ": " + e.getMessage(), e);
        }
    }
}
