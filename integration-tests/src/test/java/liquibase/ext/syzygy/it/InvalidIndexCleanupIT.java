package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.ConcurrentIndexIT.assertSucceeded;
import static liquibase.ext.syzygy.it.ConcurrentIndexIT.isValid;
import static liquibase.ext.syzygy.it.ConcurrentIndexIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A deployer killed ({@code kill -9}) while {@code createIndexConcurrently} builds leaves an {@code INVALID} index;
 * the next update drops it and builds the index again, and the changeset is recorded once.
 *
 * <p>The build is held mid-way, in its "waiting for writers" phase, by a transaction of the test that has written
 * to the table and stays open. After the kill the server still runs the dead deployer's backend until it notices
 * the lost connection (TCP keepalive, {@code client_connection_check_interval}); the test ends that backend the way
 * the server would, with {@code pg_terminate_backend}.
 */
class InvalidIndexCleanupIT {

    private static final String KILL = "index-it/kill.xml";

    @Test
    void theNextUpdateDropsTheInvalidIndexAKilledDeployerLeftAndBuildsItAgain() throws Exception {
        try (TestDatabase db = Databases.postgres("invalid-index");
                Connection writer = db.connect()) {
            releaseOneWithAnOpenWriter(db, writer);

            // A long lock timeout: the build must still be waiting when it is killed, not between two retries.
            Subprocess.Running deployer = LockDeployers.command("update", db)
                    .changelog(KILL)
                    .contexts("pre-deploy")
                    .setting("liquibase.syzygy.lockTimeout", "10m")
                    .start();
            int backend;
            try {
                backend = awaitBuildWaiting(db, deployer);
                assertThat(isValid(db, "idx_accounts_email")).as("mid-build").contains(false);
            } finally {
                deployer.kill();
            }
            assertThat(deployer.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            terminate(db, backend);
            writer.rollback();

            assertThat(isValid(db, "idx_accounts_email"))
                    .as("left by the killed build")
                    .contains(false);
            assertThat(db.appliedIds()).containsExactly("r1-accounts");

            assertSucceeded(run("update", db, KILL, "pre-deploy"), "the update after the kill");
            assertThat(isValid(db, "idx_accounts_email")).contains(true);
            assertThat(db.appliedIds()).containsExactly("r1-accounts", "r2-email-index");
        }
    }

    @Test
    void aBuildWhoseLockWaitTimesOutIsCleanedUpAndRetriedUntilTheWriterCommits() throws Exception {
        try (TestDatabase db = Databases.postgres("invalid-index-retry");
                Connection writer = db.connect()) {
            releaseOneWithAnOpenWriter(db, writer);
            Subprocess.Running deployer = LockDeployers.command("update", db)
                    .changelog(KILL)
                    .contexts("pre-deploy")
                    .setting("liquibase.syzygy.lockTimeout", "1s")
                    .setting("liquibase.syzygy.lockRetryBudget", "5m")
                    .start();
            try {
                // Two timed-out tries: the second one ran after the first one's INVALID index was dropped.
                awaitOutput(deployer, "try 2 waited more than 1 s");
            } finally {
                writer.rollback();
            }
            Outcome outcome = deployer.await(300);
            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
            assertThat(outcome.output()).contains("index-it/kill.xml::r2-email-index::it: try 1 waited more than 1 s");
            assertThat(isValid(db, "idx_accounts_email")).contains(true);
            assertThat(db.appliedIds()).containsExactly("r1-accounts", "r2-email-index");
        }
    }

    /** Applies release 1, then leaves {@code writer} in a transaction that has written to the table. */
    private static void releaseOneWithAnOpenWriter(TestDatabase db, Connection writer) throws SQLException {
        assertSucceeded(run("update", db, "index-it/v1.xml", "pre-deploy,post-deploy"), "release 1");
        writer.setAutoCommit(false);
        try (Statement s = writer.createStatement()) {
            s.executeUpdate("INSERT INTO " + db.schema() + ".idx_accounts (id, email) VALUES (2, 'b@example.com')");
        }
    }

    private static void awaitOutput(Subprocess.Running deployer, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!deployer.outputSoFar().contains(text)) {
            if (!deployer.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("never printed '" + text + "':\n" + deployer.outputSoFar());
            }
            Thread.sleep(50);
        }
    }

    /** The deployer's backend pid, once its build waits for the test's open write transaction. */
    private static int awaitBuildWaiting(TestDatabase db, Subprocess.Running deployer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!deployer.isAlive()) {
                throw new AssertionError("the deployer ended before its build waited:\n" + deployer.outputSoFar());
            }
            OptionalInt pid = waitingBuild(db);
            if (pid.isPresent()) {
                return pid.getAsInt();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no index build waiting within 120 s:\n" + deployer.outputSoFar());
    }

    private static OptionalInt waitingBuild(TestDatabase db) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT p.pid FROM pg_stat_progress_create_index p"
                        + " JOIN pg_class t ON t.oid = p.relid JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " WHERE t.relname = 'idx_accounts' AND n.nspname = '" + db.schema() + "'"
                        + " AND p.phase LIKE 'waiting for writers%'")) {
            return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
        }
    }

    private static void terminate(TestDatabase db, int backend) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + backend + ")");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + backend)) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("backend " + backend + " still runs");
        }
    }
}
