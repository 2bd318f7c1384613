package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.LockDeployers.awaitOutput;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Lock safety on PostgreSQL with a real blocking session: a test connection holds a lock on the table in an open
 * transaction, as a report or a stuck worker would, while a CLI deployer applies a schema change to it. The change
 * waits at most {@code lockTimeout} per try (so the application's queries on the table never queue for longer),
 * is retried, and is applied once the blocker ends; when the budget is spent it fails with {@code DDL_LOCK_TIMEOUT}
 * naming the blocker, and nothing of the changeset is applied.
 */
class LockSafetyPostgresIT {

    /** Each blocker's backend pid, read before it takes its lock (so that its last query is the LOCK TABLE). */
    private final java.util.Map<Connection, Integer> pids = new java.util.HashMap<>();

    static final String SYZYGY = "xmlns:syzygy=\"https://liquibase-syzygy.github.io/xml/ns/syzygy\"";

    static final String TABLE =
            """
              <changeSet id="1" author="it" context="pre-deploy">
                <createTable tableName="person"><column name="id" type="int"/></createTable>
              </changeSet>
            """;

    /** Two changes in one transaction: the retry replays the first (a new table) before the blocked one. */
    static final String STAGED =
            """
              <changeSet id="2" author="it">
                <createTable tableName="audit"><column name="id" type="int"/></createTable>
                <syzygy:addColumnStaged %s tableName="person">
                  <column name="nick" type="varchar(20)" defaultValue="anon"><constraints nullable="false"/></column>
                </syzygy:addColumnStaged>
              </changeSet>
            """
                    .formatted(SYZYGY);

    /** Fails (division by zero) unless this session still holds the changelog's advisory lock. */
    private static final String LOCK_STILL_HELD =
            """
              <changeSet id="lock-held" author="it" context="pre-deploy">
                <sql>SELECT 1 / (SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory'
                  AND pid = pg_backend_pid() AND granted)</sql>
              </changeSet>
            """;

    static final String AUTO_COMMIT =
            """
              <changeSet id="3" author="it" runInTransaction="false">
                <addColumn tableName="person"><column name="email" type="varchar(80)"/></addColumn>
              </changeSet>
            """;

    /** Rolled back by Liquibase's generated inverse, {@code dropColumn}, which needs ACCESS EXCLUSIVE. */
    static final String ROLLED_BACK =
            """
              <changeSet id="5" author="it">
                <addColumn tableName="person"><column name="fax" type="varchar(20)"/></addColumn>
              </changeSet>
            """;

    /** A changeset that waits up to 2 s per try for its lock. */
    static final String DIRECTIVE =
            """
              <changeSet id="4" author="it">
                <syzygy:lockTimeout %s timeout="2s"/>
                <addColumn tableName="person"><column name="phone" type="varchar(20)"/></addColumn>
              </changeSet>
            """
                    .formatted(SYZYGY);

    @Test
    void aBlockedChangeIsRetriedUntilTheBlockerEndsAndTheApplicationNeverWaitsLong() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-retry")) {
            String changelog = GeneratedChangelogs.write("lock-safety-retry.xml", TABLE);
            assertThat(update(db, changelog).run().exitCode()).isZero();

            GeneratedChangelogs.write("lock-safety-retry.xml", TABLE + STAGED + LOCK_STILL_HELD);
            try (Connection blocker = blocker(db, "it-blocker");
                    Connection app = db.connect()) {
                int pid = pids.get(blocker);
                AtomicBoolean stop = new AtomicBoolean();
                CompletableFuture<Duration> longestQuery = CompletableFuture.supplyAsync(() -> queryLoop(app, stop));
                Subprocess.Running deployer = update(db, changelog).start();
                try {
                    awaitOutput(
                            deployer,
                            out -> out.contains("::2::it: try 2 waited more than 1 s"),
                            Duration.ofSeconds(120),
                            "a second retry");
                    blocker.commit(); // the report ends
                    Outcome outcome = deployer.await(120);
                    stop.set(true);
                    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
                    assertThat(outcome.output())
                            .contains(changelog + "::2::it: try 1 waited more than 1 s (liquibase.syzygy.lockTimeout)"
                                    + " for a lock, blocked by backend pid " + pid + " (application 'it-blocker'")
                            .contains("holds a lock on " + db.schema() + ".person")
                            .contains("LOCK TABLE person IN ACCESS SHARE MODE");
                    assertThat(longestQuery.get().toMillis())
                            .as("the application's longest query while the change waited (lock_timeout 1 s)")
                            .isLessThan(2000);
                } finally {
                    stop.set(true);
                    deployer.kill();
                }
            }
            assertThat(db.appliedIds()).containsExactly("1", "2", "lock-held");
            assertThat(db.columnExists("person", "nick")).isTrue();
            assertThat(db.tableExists("audit"))
                    .as("the replayed first change of the changeset")
                    .isTrue();

            // runInTransaction="false": only the blocked statement is tried again.
            GeneratedChangelogs.write("lock-safety-retry.xml", TABLE + STAGED + LOCK_STILL_HELD + AUTO_COMMIT);
            try (Connection blocker = blocker(db, "it-blocker-2")) {
                Subprocess.Running deployer = update(db, changelog).start();
                try {
                    awaitOutput(
                            deployer,
                            out -> out.contains("::3::it: try 1 waited more than 1 s"),
                            Duration.ofSeconds(120),
                            "a retry of the auto-commit changeset");
                    blocker.commit();
                    Outcome outcome = deployer.await(120);
                    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
                    assertThat(outcome.output()).contains("application 'it-blocker-2'");
                } finally {
                    deployer.kill();
                }
            }
            assertThat(db.appliedIds()).containsExactly("1", "2", "lock-held", "3");
            assertThat(db.columnExists("person", "email")).isTrue();
        }
    }

    @Test
    void aRollbackWaitsBrieflyForItsLockAndIsRetriedToo() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-rollback")) {
            String changelog = GeneratedChangelogs.write("lock-safety-rollback.xml", TABLE + ROLLED_BACK);
            assertThat(update(db, changelog).run().exitCode()).isZero();
            assertThat(db.columnExists("person", "fax")).isTrue();
            try (Connection blocker = blocker(db, "it-rollback-blocker")) {
                int pid = pids.get(blocker);
                Subprocess.Running rollback = Cli.withExtension()
                        .command("rollback-count")
                        .db(db)
                        .changelog(changelog)
                        .contexts("post-deploy") // the phase that undoes pre-deploy changesets
                        .arg("--count=1")
                        .start();
                try {
                    awaitOutput(
                            rollback,
                            out -> out.contains("::5::it: try 2 waited more than 1 s"),
                            Duration.ofSeconds(120),
                            "a second try of the rollback");
                    blocker.commit();
                    Outcome outcome = rollback.await(120);
                    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
                    assertThat(outcome.output())
                            .contains("::5::it: try 1 waited more than 1 s (liquibase.syzygy.lockTimeout) for a lock,"
                                    + " blocked by backend pid " + pid + " (application 'it-rollback-blocker'");
                } finally {
                    rollback.kill();
                }
            }
            assertThat(db.columnExists("person", "fax")).isFalse();
            assertThat(db.appliedIds()).containsExactly("1");
        }
    }

    @Test
    void whenTheBudgetIsSpentTheRunStopsNamingTheBlockerAndAppliesNothing() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-budget")) {
            String changelog = GeneratedChangelogs.write("lock-safety-budget.xml", TABLE);
            assertThat(update(db, changelog).run().exitCode()).isZero();
            GeneratedChangelogs.write("lock-safety-budget.xml", TABLE + STAGED);
            try (Connection blocker = blocker(db, "stuck-worker");
                    Connection app = db.connect()) {
                int pid = pids.get(blocker);
                int appPid = pid(app);
                AtomicBoolean stop = new AtomicBoolean();
                CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> writeLoop(app, stop));
                Outcome outcome;
                try {
                    outcome = update(db, changelog)
                            .setting("liquibase.syzygy.lockRetryBudget", "3s")
                            .run();
                } finally {
                    stop.set(true);
                }
                writes.join();

                assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
                assertThat(outcome.output())
                        .contains("Reason: [DDL_LOCK_TIMEOUT] " + changelog + "::2::it: gave up after ")
                        .contains("for a lock held by backend pid " + pid + " (application 'stuck-worker'")
                        .contains("idle in transaction, transaction open ")
                        .contains("Nothing of this changeset was applied. Fix: Wait for backend pid " + pid)
                        .contains("SELECT pg_terminate_backend(" + pid + ")")
                        .contains("liquibase.syzygy.lockRetryBudget")
                        // the application's writes queued behind each try and held their locks after it: not blockers
                        .doesNotContain("backend pid " + appPid + " ")
                        .doesNotContain("\tat ")
                        .doesNotContain("liquibase.ext.syzygy.")
                        .doesNotContain("liquibase.exception.");
                blocker.rollback();
            }
            assertThat(db.appliedIds()).containsExactly("1");
            assertThat(db.columnExists("person", "nick")).isFalse();
            assertThat(db.tableExists("audit")).isFalse();
        }
    }

    @Test
    void aChangesetAsksForItsOwnLockTimeout() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-directive")) {
            String changelog = GeneratedChangelogs.write("lock-safety-directive.xml", TABLE);
            assertThat(update(db, changelog).run().exitCode()).isZero();
            GeneratedChangelogs.write("lock-safety-directive.xml", TABLE + DIRECTIVE);
            try (Connection blocker = blocker(db, "long-report")) {
                Outcome outcome = update(db, changelog)
                        .setting("liquibase.syzygy.lockRetryBudget", "off")
                        .run();

                assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
                assertThat(outcome.output())
                        .contains("Reason: [DDL_LOCK_TIMEOUT] " + changelog + "::4::it: gave up after 1 try in ")
                        .contains("each waited more than 2 s for a lock held by backend pid " + pids.get(blocker));
                blocker.rollback();
            }
            assertThat(db.appliedIds()).containsExactly("1");
        }
    }

    @Test
    void aStatementTimeoutIsACodedErrorAndNotRetried() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-statement-timeout")) {
            String changelog = GeneratedChangelogs.write(
                    "lock-safety-statement-timeout.xml",
                    """
                      <changeSet id="slow" author="it" context="pre-deploy">
                        <sql>SELECT pg_sleep(5)</sql>
                      </changeSet>
                    """);
            Outcome outcome = update(db, changelog)
                    .setting("liquibase.syzygy.statementTimeout", "500ms")
                    .run();

            assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
            assertThat(outcome.output())
                    .contains("Reason: [STATEMENT_TIMEOUT] " + changelog + "::slow::it: a statement ran longer than"
                            + " 500 ms (liquibase.syzygy.statementTimeout) and was cancelled; it is not retried.");
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    @Test
    void thePooledConnectionGetsItsTimeoutsBack() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-restore")) {
            String changelog = GeneratedChangelogs.write("lock-safety-restore.xml", TABLE + STAGED + AUTO_COMMIT);
            try (Connection pooled = db.connect()) {
                try (Statement s = pooled.createStatement()) {
                    s.execute("SET lock_timeout = '7s'");
                    s.execute("SET statement_timeout = '9min'");
                }
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(pooled));
                database.setDefaultSchemaName(db.schema());
                Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(Samples.root()), database);
                liquibase.update("pre-deploy");

                assertThat(setting(pooled, "lock_timeout")).isEqualTo("7s");
                assertThat(setting(pooled, "statement_timeout")).isEqualTo("9min");
            }
            assertThat(db.appliedIds()).containsExactly("1", "2", "3");
        }
    }

    @Test
    void updateSqlWritesLiquibasesSqlOnly() throws Exception {
        try (TestDatabase db = Databases.postgres("lock-update-sql")) {
            String changelog = GeneratedChangelogs.write("lock-safety-update-sql.xml", TABLE + STAGED + AUTO_COMMIT);
            Outcome sql = Cli.withExtension()
                    .command("update-sql")
                    .db(db)
                    .changelog(changelog)
                    .contexts("pre-deploy")
                    .setting("liquibase.syzygy.statementTimeout", "1m")
                    .run();

            assertThat(sql.exitCode()).as(sql.output()).isZero();
            assertThat(sql.output())
                    .contains("ALTER TABLE")
                    .doesNotContain("set_config")
                    .doesNotContain("lock_timeout")
                    .doesNotContain("statement_timeout");
        }
    }

    private static Cli.Invocation update(TestDatabase db, String changelog) {
        return Cli.withExtension().command("update").db(db).changelog(changelog).contexts("pre-deploy");
    }

    /** A session that, like a long report, holds a lock on {@code person} in an open transaction. */
    private Connection blocker(TestDatabase db, String application) throws SQLException {
        Connection blocker = db.connect();
        try (Statement s = blocker.createStatement()) {
            s.execute("SET application_name = '" + application + "'");
            pids.put(blocker, pid(blocker));
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE person IN ACCESS SHARE MODE");
        }
        return blocker;
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * The application's writer: short transactions that update the table and hold their lock a moment, until
     * {@code stop}. Each one that starts while a try of the deployer waits queues behind it, and holds its lock
     * when the try has given up.
     */
    private static void writeLoop(Connection app, AtomicBoolean stop) {
        try (Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            while (!stop.get()) {
                s.executeUpdate("UPDATE person SET id = id WHERE id = 1");
                s.execute("SELECT pg_sleep(0.2)");
                app.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application: simple queries on the table until {@code stop}; returns the longest one. */
    private static Duration queryLoop(Connection app, AtomicBoolean stop) {
        long longest = 0;
        try (Statement s = app.createStatement()) {
            while (!stop.get()) {
                long start = System.nanoTime();
                s.executeQuery("SELECT count(*) FROM person").close();
                longest = Math.max(longest, System.nanoTime() - start);
                Thread.sleep(20);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(longest);
    }
}
