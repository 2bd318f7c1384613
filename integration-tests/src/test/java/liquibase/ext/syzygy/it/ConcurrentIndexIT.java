package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code createIndexConcurrently} (pre-deploy) and {@code dropIndexConcurrently} (post-deploy) through the real CLI
 * on PostgreSQL and SQLite: each in its stage, both rolled back phase by phase, and the changeset rule refused
 * before anything runs. The killed-deployer clean-up is {@link InvalidIndexCleanupIT}.
 */
class ConcurrentIndexIT {

    private static final String V1 = "index-it/v1.xml";
    private static final String V2 = "index-it/v2.xml";

    @ParameterizedTest
    @EnumSource(DbKind.class)
    void eachChangeRunsInItsStageAndRollsBack(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "concurrent-index")) {
            assertSucceeded(run("update", db, V1, "pre-deploy,post-deploy"), "release 1");

            Outcome sql = run("update-sql", db, V2, "pre-deploy");
            assertSucceeded(sql, "update-sql");
            assertThat(sql.output())
                    .contains(
                            kind == DbKind.POSTGRESQL
                                    ? "CREATE UNIQUE INDEX CONCURRENTLY idx_accounts_email ON " + db.schema()
                                            + ".idx_accounts (email);"
                                    : "CREATE UNIQUE INDEX idx_accounts_email ON idx_accounts (email);")
                    .doesNotContain("DROP INDEX");

            assertSucceeded(run("update", db, V2, "pre-deploy"), "pre-deploy");
            assertThat(db.appliedIds()).containsExactly("r1-accounts", "r2-email-index");
            assertThat(indexes(db)).containsExactlyInAnyOrder("idx_accounts_email", "idx_accounts_score");
            if (kind == DbKind.POSTGRESQL) {
                assertThat(isValid(db, "idx_accounts_email")).contains(true);
            }

            assertSucceeded(run("update", db, V2, "post-deploy"), "post-deploy");
            assertThat(db.appliedIds()).containsExactly("r1-accounts", "r2-email-index", "r2-drop-score-index");
            assertThat(indexes(db)).containsExactly("idx_accounts_email");

            // The pre-deploy phase undoes the post-deploy drop: the index is rebuilt from the columns given.
            assertSucceeded(rollbackCount(db, "pre-deploy"), "rollback of the post-deploy changeset");
            assertThat(indexes(db)).containsExactlyInAnyOrder("idx_accounts_email", "idx_accounts_score");
            assertSucceeded(rollbackCount(db, "post-deploy"), "rollback of the pre-deploy changeset");
            assertThat(indexes(db)).containsExactly("idx_accounts_score");
            assertThat(db.appliedIds()).containsExactly("r1-accounts");
        }
    }

    @ParameterizedTest
    @EnumSource(DbKind.class)
    void aConcurrentIndexInATransactionIsRefusedAndNothingRuns(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "concurrent-index-refused")) {
            Outcome outcome = run("update", db, "index-it/in-transaction.xml", "pre-deploy");
            assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
            assertThat(outcome.output())
                    .contains("[INVALID_CHANGE] index-it/in-transaction.xml::r1-id-index::it: createIndexConcurrently"
                            + " idx_refused_id on table idx_refused is in a changeset that runs in a transaction")
                    .contains("Fix: add runInTransaction=\"false\" to the changeset.")
                    .doesNotContain("Exception:");
            assertThat(db.tableExists("idx_refused")).isFalse();
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DbKind.class)
    void aPlainIndexOnAnExistingTableIsAWarningOnPostgresqlOnly(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "blocking-change")) {
            assertSucceeded(run("update", db, V1, "pre-deploy,post-deploy"), "release 1");
            Path sarif = ItSettings.workDir().resolve("blocking-" + kind + "-" + System.nanoTime() + ".sarif.json");
            Outcome plan = LockDeployers.command("stage-plan", db)
                    .global("--output-file=" + sarif)
                    .changelog("index-it/blocking.xml")
                    .contexts("pre-deploy")
                    .arg("--format=sarif")
                    .run();
            assertSucceeded(plan, "stage-plan");
            Outcome update = LockDeployers.command("update", db)
                    .changelog("index-it/blocking.xml")
                    .contexts("pre-deploy")
                    .arg("--log-level=warning")
                    .run();
            assertSucceeded(update, "update");
            assertThat(db.appliedIds()).containsExactly("r1-accounts", "r2-plain-index");
            String warning = "[BLOCKING_CHANGE] index-it/blocking.xml::r2-plain-index::it: createIndex on"
                    + " 'idx_accounts', a table that existed before this deploy, holds a SHARE lock on it";
            String report = Files.readString(sarif);
            if (kind == DbKind.POSTGRESQL) {
                assertThat(update.output().replaceAll("\\s+", " "))
                        .contains(warning)
                        .contains("Fix: Use syzygy:createIndexConcurrently");
                assertThat(report).contains("\"ruleId\": \"BLOCKING_CHANGE\"").contains("\"level\": \"warning\"");
            } else {
                assertThat(update.output()).doesNotContain("BLOCKING_CHANGE");
                assertThat(report).doesNotContain("\"ruleId\": \"BLOCKING_CHANGE\"");
            }
        }
    }

    static Outcome run(String command, TestDatabase db, String changelog, String contexts) {
        return LockDeployers.command(command, db)
                .changelog(changelog)
                .contexts(contexts)
                .run();
    }

    private static Outcome rollbackCount(TestDatabase db, String phase) {
        return LockDeployers.command("rollback-count", db)
                .changelog(V2)
                .contexts(phase)
                .arg("--count=1")
                .run();
    }

    static void assertSucceeded(Outcome outcome, String what) {
        assertThat(outcome.succeeded()).as("%s: %s", what, outcome).isTrue();
    }

    /** The user indexes of table idx_accounts. */
    static List<String> indexes(TestDatabase db) throws SQLException {
        String query = db.kind() == DbKind.POSTGRESQL
                ? "SELECT indexname FROM pg_indexes WHERE schemaname = '" + db.schema()
                        + "' AND tablename = 'idx_accounts'"
                : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'idx_accounts'"
                        + " AND name NOT LIKE 'sqlite_%'";
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Whether PostgreSQL's index of that name in the test's schema is valid; empty when there is none. */
    static Optional<Boolean> isValid(TestDatabase db, String index) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid ="
                        + " i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = '" + index
                        + "' AND n.nspname = '" + db.schema() + "'")) {
            return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
        }
    }
}
