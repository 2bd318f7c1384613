package liquibase.ext.syzygy.lockservice;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.lock.ExclusiveLock;
import liquibase.ext.syzygy.lock.LockKey;
import liquibase.ext.syzygy.lock.LockMode;
import liquibase.ext.syzygy.lock.SqliteLockFile;

/**
 * Which crash-safe lock a database gets: PostgreSQL over a live JDBC connection gets a session advisory lock, a
 * SQLite file gets a file lock beside it; anything else (other databases, in-memory SQLite, offline connections,
 * {@code liquibase.syzygy.lock=table}) keeps Liquibase's table lock.
 */
public final class Locks {

    private Locks() {}

    /** Whether the crash-safe lock applies to {@code database} with the current settings. */
    public static boolean supports(Database database) {
        return SyzygyConfiguration.lockMode() == LockMode.AUTO
                && kindOf(database).isPresent();
    }

    /** The key of {@code database}'s changelog table. */
    public static LockKey keyOf(Database database) {
        return LockKey.of(database.getLiquibaseSchemaName(), database.getDatabaseChangeLogTableName());
    }

    /**
     * The crash-safe lock for {@code database}, keyed on its changelog table (the same for every service instance
     * and for the quorum), or empty when it has none.
     */
    public static Optional<ExclusiveLock> forDatabase(Database database, Clock clock) {
        return kindOf(database).map(kind -> create(kind, database, keyOf(database), clock));
    }

    /**
     * A crash-safe lock on another key of the same database (on Liquibase's connection), e.g. for the quorum:
     * PostgreSQL takes advisory lock {@code key}, SQLite locks {@code <database file>.syzygy-lock-<key in hex>}.
     * Empty where the database has no crash-safe lock.
     */
    public static Optional<ExclusiveLock> forDatabase(Database database, LockKey key, Clock clock) {
        return kindOf(database).map(kind -> create(kind, database, key, clock));
    }

    private static ExclusiveLock create(Kind kind, Database database, LockKey key, Clock clock) {
        java.sql.Connection jdbc = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        return switch (kind) {
            case POSTGRESQL -> new PostgresAdvisoryLock(jdbc, key);
            case SQLITE -> new SqliteFileLock(jdbc, sqliteFile(database, key).orElseThrow(), key, clock);
        };
    }

    private enum Kind {
        POSTGRESQL,
        SQLITE
    }

    private static Optional<Kind> kindOf(Database database) {
        if (database == null) {
            return Optional.empty();
        }
        DatabaseConnection connection = database.getConnection();
        if (!(connection instanceof JdbcConnection jdbc) || jdbc.getUnderlyingConnection() == null) {
            return Optional.empty();
        }
        // CockroachDB and other PostgreSQL look-alikes report another short name and keep the table lock.
        if (database instanceof PostgresDatabase && "postgresql".equals(database.getShortName())) {
            return Optional.of(Kind.POSTGRESQL);
        }
        if (database instanceof SQLiteDatabase && sqliteFile(database).isPresent()) {
            return Optional.of(Kind.SQLITE);
        }
        return Optional.empty();
    }

    private static Optional<Path> sqliteFile(Database database) {
        return SqliteLockFile.forUrl(database.getConnection().getURL());
    }

    private static Optional<Path> sqliteFile(Database database, LockKey key) {
        return sqliteFile(database)
                .map(file -> key.equals(keyOf(database))
                        ? file
                        : file.resolveSibling(file.getFileName() + "-" + Long.toHexString(key.value())));
    }
}
