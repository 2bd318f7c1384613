package io.github.liquibasesyzygy.bench.chaos;

import io.github.liquibasesyzygy.bench.Pg;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fresh database for one trial (a PostgreSQL schema or a SQLite file, with no Liquibase table yet), and what the
 * harness reads from it once every deployer has ended: which changesets DATABASECHANGELOG records (and how often),
 * which tables exist (and how many rows each holds), and whether a lock outlived every deployer.
 */
record ChaosTarget(String db, String url, Path file, String schema) {

    /**
     * This run's tag, the harness's process id: schemas and the deployers' application name carry it, so that two
     * runs on one server (a long run and a CI smoke) never drop each other's schemas or count each other's locks.
     */
    private static final long RUN = ProcessHandle.current().pid();

    /** The deployers' PostgreSQL application name, which tells this run's sessions from any other. */
    static final String APPLICATION = "syzygy-chaos-" + RUN;

    static ChaosTarget fresh(String db, Path dir, String name) throws Exception {
        if ("sqlite".equals(db)) {
            Path file = dir.resolve(name + ".db");
            Files.createDirectories(dir);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, name + ".db*")) {
                for (Path path : old) {
                    Files.deleteIfExists(path);
                }
            }
            return new ChaosTarget(db, "jdbc:sqlite:" + file, file, null);
        }
        String schema = "syzygy_bench_chaos_" + RUN + "_"
                + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        Pg.recreateSchema(schema);
        return new ChaosTarget(db, Pg.url(schema) + "&ApplicationName=" + APPLICATION, null, schema);
    }

    /**
     * What the trial left behind, for a changelog of {@code size} changesets.
     *
     * @param recorded DATABASECHANGELOG rows
     * @param distinct distinct changeset ids among them
     * @param appliedTwice changesets whose table holds more than its one row, plus duplicate rows
     * @param halfApplied tables that exist unrecorded, plus recorded changesets without their table
     * @param staleLock a lock held although no deployer runs any more
     */
    record Outcome(int recorded, int distinct, int appliedTwice, int halfApplied, boolean staleLock) {}

    Outcome inspect(int size) throws SQLException, IOException {
        try (Connection c = connect()) {
            List<String> ids = recordedIds(c);
            Set<String> distinct = new HashSet<>(ids);
            int twice = ids.size() - distinct.size();
            int half = 0;
            for (int i = 0; i < size; i++) {
                String id = String.valueOf(i);
                int rows = rows(c, ChaosChangelog.table(id));
                if (rows > 1) {
                    twice++;
                }
                if ((rows >= 0) != distinct.contains(id)) {
                    half++;
                }
            }
            return new Outcome(ids.size(), distinct.size(), twice, half, tableLocked(c) || otherLockHeld(c));
        }
    }

    void drop() throws Exception {
        if (file != null) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), file.getFileName() + "*")) {
                for (Path path : files) {
                    Files.deleteIfExists(path);
                }
            }
        } else {
            Pg.dropSchema(schema);
        }
    }

    private Connection connect() throws SQLException {
        return file != null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, Pg.USER, null);
    }

    private boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, schema, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> recordedIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        if (!exists(c, "databasechangelog")) {
            return ids;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM databasechangelog")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The table's row count, or -1 when it does not exist. */
    private int rows(Connection c, String table) throws SQLException {
        if (!exists(c, table)) {
            return -1;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private boolean tableLocked(Connection c) throws SQLException {
        if (!exists(c, "databasechangeloglock")) {
            return false;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT locked FROM databasechangeloglock")) {
            while (rs.next()) {
                if (rs.getBoolean(1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Any other lock still held: on PostgreSQL an advisory lock of a deployer's session (none runs any more); on SQLite a lock file beside the database that the harness cannot lock.
     */
    private boolean otherLockHeld(Connection c) throws SQLException, IOException {
        if (file == null) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_locks l JOIN pg_stat_activity a"
                            + " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                            + " AND a.application_name = '" + APPLICATION + "'")) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), file.getFileName() + "*lock*")) {
            for (Path path : files) {
                try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    if (lock == null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
