package liquibase.ext.syzygy.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fresh SQLite file per test under {@code target/sqlite}, and plain JDBC reads to check what Liquibase did. */
public final class Sqlite {

    private Sqlite() {}

    /** The JDBC URL of a new, empty database file named after the test. */
    public static String freshUrl(String name) throws IOException {
        Path file = Path.of("target", "sqlite", name + ".db");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        return "jdbc:sqlite:" + file;
    }

    public static boolean tableExists(String url, String table) throws SQLException {
        return !query(
                        url,
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = lower('" + table + "')")
                .isEmpty();
    }

    /** ID to CONTEXTS of DATABASECHANGELOG, in execution order; empty when the table does not exist. */
    public static Map<String, String> contextsById(String url) throws SQLException {
        Map<String, String> contexts = new LinkedHashMap<>();
        if (!tableExists(url, "DATABASECHANGELOG")) {
            return contexts;
        }
        for (Map<String, Object> row :
                query(url, "SELECT ID, CONTEXTS FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            contexts.put(String.valueOf(row.get("ID")), (String) row.get("CONTEXTS"));
        }
        return contexts;
    }

    public static List<Map<String, Object>> query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
