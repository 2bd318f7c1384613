package liquibase.ext.syzygy.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A column as the database reports it through JDBC metadata: whether it accepts NULL and its default. Lets the
 * tests check the end schema of a release the same way on PostgreSQL and SQLite.
 *
 * @param nullable whether the column accepts NULL
 * @param defaultValue the column's default as the driver reports it, or null when it has none
 */
record ColumnShape(boolean nullable, String defaultValue) {

    /** The column of {@code table} in the test's schema, or empty when there is no such column. */
    static Optional<ColumnShape> of(TestDatabase db, String table, String column) throws SQLException {
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getColumns(null, db.schema(), table, null)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return Optional.of(new ColumnShape(
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF")));
                }
            }
        }
        return Optional.empty();
    }
}
