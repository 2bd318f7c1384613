package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code syzygy-samples/rolling-deploy} sample: release 1.0 creates {@code accounts}; release 1.1 adds the
 * NOT NULL column {@code plan} and removes the NOT NULL column {@code legacy_code}, staged with the extension's
 * change types ({@link #STAGED}) or written for plain Liquibase ({@link #NAIVE}).
 */
final class RollingDeploySample {

    static final String DIR = "syzygy-samples/rolling-deploy/";

    /** The changelog as of release 1.0, deployed before the traffic starts. */
    static final String V1_0 = DIR + "v1.0.xml";

    /** Release 1.1 staged: addColumnStaged and preRemoveColumn, then postAddColumn and dropColumn. */
    static final String STAGED = DIR + "changelog.xml";

    /** Release 1.1 for plain Liquibase: addColumn with a default, dropDefaultValue, dropColumn. */
    static final String NAIVE = DIR + "changelog-naive.xml";

    private RollingDeploySample() {}

    /**
     * The connection Liquibase deploys through while the application is live. On SQLite, Liquibase reads and then
     * writes in one transaction; begun DEFERRED, that transaction cannot take the write lock once an application
     * connection has written meanwhile, and fails at once with {@code SQLITE_BUSY} (SQLite does not wait, as
     * waiting could deadlock). Begun IMMEDIATE, it takes the write lock up front and waits for it up to the busy
     * timeout, and the application's writers wait for it in turn. PostgreSQL needs nothing.
     */
    static TestDatabase deployConnection(TestDatabase db) {
        if (db.kind() != DbKind.SQLITE) {
            return db;
        }
        String url = db.url() + "?transaction_mode=IMMEDIATE&busy_timeout=" + LiveTraffic.SQLITE_BUSY_TIMEOUT_MS;
        return new TestDatabase(DbKind.SQLITE, url, null, null, null, db.file());
    }

    /**
     * Deploys release 1.0 through {@code entrypoint} with both stages, as production did long ago. On SQLite it
     * first switches the file to WAL, so the readers of the live traffic never wait for a writer.
     */
    static void deployRelease10(TestDatabase db, Entrypoint entrypoint) throws SQLException {
        if (db.kind() == DbKind.SQLITE) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            }
        }
        Outcome outcome = entrypoint.update(db, V1_0, "pre-deploy,post-deploy");
        assertThat(outcome.succeeded()).as("release 1.0: %s", outcome).isTrue();
        assertThat(db.appliedIds()).containsExactly("1.0-accounts");
    }
}
