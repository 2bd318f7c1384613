package io.github.liquibasesyzygy.bench.e2e;

import io.github.liquibasesyzygy.bench.Pg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/** A fresh, empty database for one run: a new SQLite file, or a new PostgreSQL schema. */
record Target(String db, String url, Path file, String schema) {

    static Target fresh(String db, Path dir, String name) throws Exception {
        if ("sqlite".equals(db)) {
            Path file = dir.resolve("db").resolve(name + ".db");
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            // No fsync per commit: on a shared disk it dominated (90 ms per changeset) and hid the rest.
            return new Target(db, "jdbc:sqlite:" + file + "?synchronous=OFF", file, null);
        }
        if (!"postgresql".equals(db)) {
            throw new IllegalArgumentException("unknown database " + db);
        }
        String schema = "syzygy_bench_e2e_" + name.toLowerCase(Locale.ROOT);
        Pg.recreateSchema(schema);
        return new Target(db, Pg.url(schema), null, schema);
    }

    /** Fails loudly unless exactly {@code size} changesets were recorded as run. */
    void checkApplied(int size) throws Exception {
        try (Connection c = DriverManager.getConnection(url, Pg.USER, null);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            rs.next();
            if (rs.getInt(1) != size) {
                throw new IllegalStateException(db + ": " + rs.getInt(1) + " changesets ran, not " + size);
            }
        }
    }

    void drop() throws Exception {
        if (file != null) {
            Files.deleteIfExists(file);
        } else {
            Pg.dropSchema(schema);
        }
    }
}
