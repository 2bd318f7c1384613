package liquibase.ext.syzygy.coordination;

import java.util.Optional;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;

/**
 * What differs between the databases the quorum supports: the database clock (every deployer compares heartbeats
 * against the same clock, the server's, so that the clusters' own clocks do not matter).
 */
enum Dialect {
    POSTGRESQL("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"),
    SQLITE("SELECT CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");

    private final String nowQuery;

    Dialect(String nowQuery) {
        this.nowQuery = nowQuery;
    }

    /** A query returning the database clock in epoch milliseconds. */
    String nowQuery() {
        return nowQuery;
    }

    /** The dialect of {@code database}, empty when the quorum does not support it. */
    static Optional<Dialect> of(Database database) {
        if (database instanceof PostgresDatabase) {
            return Optional.of(POSTGRESQL);
        }
        if (database instanceof SQLiteDatabase) {
            return Optional.of(SQLITE);
        }
        return Optional.empty();
    }
}
