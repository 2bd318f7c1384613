package liquibase.ext.syzygy.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the {@code accounts} table must hold at the end of a rolling deploy: every row an application version
 * wrote successfully, with the email it wrote and the plan it got (its own, or release 1.1's default for rows of
 * version 1.0). Comparing with the table proves the schema changes lost or altered no data.
 */
final class ExpectedAccounts {

    private final Map<Long, String> rows = new ConcurrentHashMap<>();

    /** Row {@code id} must end up with {@code email} and {@code plan}; only the thread that wrote it calls this. */
    void expect(long id, String email, String plan) {
        rows.put(id, email + " " + plan);
    }

    /** id to "email plan", sorted. */
    Map<Long, String> expected() {
        return new TreeMap<>(rows);
    }

    /** The table's rows, in the same form. */
    static Map<Long, String> actual(TestDatabase db) throws SQLException {
        Map<Long, String> actual = new TreeMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, email, plan FROM accounts")) {
            while (rs.next()) {
                actual.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
            }
        }
        return actual;
    }
}
