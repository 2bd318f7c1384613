package liquibase.ext.syzygy.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One version of the data-access code of the accounts service of the {@code rolling-deploy} sample, in plain JDBC.
 * A worker thread calls {@link #serve} in a loop: one request is an INSERT, a read of that row, an UPDATE of it and
 * a listing of the newest rows, each counted (and checked) through the {@link TrafficLedger}.
 *
 * <p>The two versions are {@link AccountsV10} (before release 1.1) and {@link AccountsV11}; a rolling deploy of
 * release 1.1 runs both side by side.
 */
abstract class AccountsApp {

    /** How many rows the listing statement reads. */
    static final int PAGE = 20;

    /** The version label the ledger counts statements under. */
    abstract String version();

    /** Serves one request that creates the account {@code id}. */
    abstract void serve(Connection connection, long id, TrafficLedger ledger, ExpectedAccounts accounts);

    /** Runs a parameterized INSERT or UPDATE and checks that it changed exactly one row. */
    static Boolean changeOneRow(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            int rows = statement.executeUpdate();
            expect(rows == 1, sql + " changed " + rows + " rows, expected 1");
            return Boolean.TRUE;
        }
    }

    /** The two string columns of the single row {@code sql} selects, or a broken expectation if there is none. */
    static String[] readOneRow(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            expect(row.next(), sql + " found no row for " + parameters[0]);
            return new String[] {row.getString(1), row.getString(2)};
        }
    }

    /**
     * Reads the newest rows with {@code sql} (columns id, email, {@code column}) and checks what the code relies
     * on: at least one row, and {@code column}, NOT NULL in this version's schema, never NULL.
     */
    static Integer listNewest(Connection connection, String sql, String column) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, PAGE);
                ResultSet rows = statement.executeQuery()) {
            int count = 0;
            while (rows.next()) {
                count++;
                expect(rows.getString(3) != null, "account " + rows.getLong(1) + " has a NULL " + column);
            }
            expect(count > 0, sql + " found no rows");
            return count;
        }
    }

    static void expect(boolean condition, String message) {
        if (!condition) {
            throw new TrafficLedger.BrokenExpectation(message);
        }
    }

    static boolean succeeded(Optional<?> result) {
        return result.isPresent();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
