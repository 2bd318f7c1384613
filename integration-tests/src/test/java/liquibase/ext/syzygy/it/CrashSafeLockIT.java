package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.LockDeployers.awaitOutput;
import static liquibase.ext.syzygy.it.LockDeployers.running;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import liquibase.ext.syzygy.lock.LockKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The crash-safe changelog lock with real deployer processes: many deployers at once on a fresh and on an existing
 * database, kill -9 of the holder, {@code list-locks} / {@code release-locks} while a holder runs, and the setting
 * that brings Liquibase's table lock back. PostgreSQL gets 16 deployers; SQLite 6, because 16 JVMs on the CI's two
 * cores mostly measure JVM start-up.
 */
class CrashSafeLockIT {

    private static final String V1 = "lock-it/v1.xml";
    private static final String V2 = "lock-it/v2.xml";
    private static final long DEPLOYER_TIMEOUT_SECONDS = 240;

    private static int deployers(DbKind kind) {
        return kind == DbKind.POSTGRESQL ? 16 : 6;
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void manyDeployersOnAFreshThenAnExistingDatabaseAllSucceedAndApplyEachChangesetOnce(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "lock-many")) {
            int count = deployers(kind);
            List<Outcome> fresh = awaitAll(LockDeployers.startAll(count, () -> LockDeployers.update(db, V1, 1)));
            assertAllSucceeded(fresh);
            assertThat(db.appliedIds()).containsExactly("1", "2", "3");
            assertThat(ranBy(fresh, V1, "1"))
                    .as("deployers that ran changeset 1")
                    .isEqualTo(1);
            assertThat(db.tableExists("databasechangeloglock"))
                    .as("the crash-safe lock needs no DATABASECHANGELOGLOCK")
                    .isFalse();

            // The same lockit.sleep as the first wave: it is part of changeset 2's checksum.
            List<Outcome> existing = awaitAll(LockDeployers.startAll(count, () -> LockDeployers.update(db, V2, 1)));
            assertAllSucceeded(existing);
            assertThat(db.appliedIds()).containsExactly("1", "2", "3", "4", "5");
            assertThat(ranBy(existing, V2, "4")).isEqualTo(1);
            assertThat(ranBy(existing, V1, "1")).isZero();
            System.out.printf(
                    "%s: %d deployers on a fresh database, %d waited for the lock; %d on an existing one, %d waited%n",
                    kind, count, waited(fresh), count, waited(existing));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void killingTheHolderFreesTheLockForTheWaitingDeployerAtOnce(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "lock-kill")) {
            Subprocess.Running holder = LockDeployers.update(db, V1, 120).start();
            Subprocess.Running waiter = null;
            try {
                awaitOutput(holder, out -> out.contains(running(V1, "2")), Duration.ofSeconds(120), "slow changeset");
                waiter = LockDeployers.update(db, V1, 0).start();
                awaitOutput(
                        waiter,
                        out -> out.contains("Waiting for the changelog lock"),
                        Duration.ofSeconds(120),
                        "waiting message");
                assertThat(waiter.outputSoFar()).contains(holderNamed(kind, holder));

                long killed = System.nanoTime();
                holder.process().destroyForcibly(); // SIGKILL: no shutdown hook, no release
                awaitOutput(waiter, out -> out.contains(running(V1, "2")), Duration.ofSeconds(10), "lock taken");
                Duration recovery = Duration.ofNanos(System.nanoTime() - killed);
                System.out.printf(
                        "%s: the waiter took the lock %d ms after kill -9 of the holder (poll rate 1 s)%n",
                        kind, recovery.toMillis());

                Outcome outcome = waiter.await(DEPLOYER_TIMEOUT_SECONDS);
                assertThat(outcome.exitCode()).as(outcome.output()).isZero();
                assertThat(db.appliedIds()).containsExactly("1", "2", "3");
                assertThat(db.tableExists("lock_b")).isTrue();
                assertThat(recovery).isLessThan(Duration.ofSeconds(10));

            } finally {
                holder.process().destroyForcibly();
                if (waiter != null) {
                    waiter.process().destroyForcibly();
                }
            }

            Outcome next = LockDeployers.update(db, V1, 0).run();
            assertThat(next.exitCode()).as(next.output()).isZero();
            assertThat(next.output()).doesNotContain("Waiting for the changelog lock");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void listLocksShowsTheHolderAndReleaseLocksLeavesALiveHoldersLockAlone(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "lock-list")) {
            Subprocess.Running holder = LockDeployers.update(db, V1, 120).start();
            try {
                awaitOutput(holder, out -> out.contains(running(V1, "2")), Duration.ofSeconds(120), "slow changeset");

                Outcome list = LockDeployers.command("list-locks", db).run();
                assertThat(list.exitCode()).as(list.output()).isZero();
                assertThat(list.output()).contains(holderNamed(kind, holder)).contains(mechanism(kind));

                Outcome release = LockDeployers.command("release-locks", db).run();
                assertThat(release.exitCode()).as(release.output()).isZero();
                assertThat(release.output()).contains("nothing was released").contains(holderNamed(kind, holder));
                assertThat(stillLocked(kind, db))
                        .as("the holder's lock after release-locks")
                        .isTrue();
            } finally {
                holder.process().destroyForcibly();
                holder.process().waitFor();
            }
            awaitReleased(kind, db);
            Outcome after = LockDeployers.command("list-locks", db).run();
            assertThat(after.exitCode()).as(after.output()).isZero();
            assertThat(after.output()).doesNotContain(mechanism(kind));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void theTableSettingBringsBackLiquibasesLock(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "lock-table")) {
            Outcome outcome = LockDeployers.update(db, V1, 0)
                    .setting("liquibase.syzygy.lock", "table")
                    .run();
            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
            assertThat(db.appliedIds()).containsExactly("1", "2", "3");
            assertThat(db.tableExists("databasechangeloglock")).isTrue();

            Outcome bad = LockDeployers.update(db, V1, 0)
                    .setting("liquibase.syzygy.lock", "advisory")
                    .run();
            assertThat(bad.exitCode()).isNotZero();
            assertThat(bad.output()).contains("[INVALID_SETTING] liquibase.syzygy.lock: invalid value 'advisory'");
        }
    }

    static List<Outcome> awaitAll(List<Subprocess.Running> running) {
        return running.stream().map(r -> r.await(DEPLOYER_TIMEOUT_SECONDS)).toList();
    }

    static void assertAllSucceeded(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        }
    }

    private static long ranBy(List<Outcome> outcomes, String changelog, String id) {
        return outcomes.stream()
                .filter(o -> o.output().contains(running(changelog, id)))
                .count();
    }

    private static long waited(List<Outcome> outcomes) {
        return outcomes.stream()
                .filter(o -> o.output().contains("Waiting for the changelog lock"))
                .count();
    }

    /** How waiters and list-locks name the holder: its OS pid for the file lock, a backend for PostgreSQL. */
    private static String holderNamed(DbKind kind, Subprocess.Running holder) {
        return kind == DbKind.SQLITE ? "pid " + holder.process().pid() + " " : "backend pid ";
    }

    private static String mechanism(DbKind kind) {
        return kind == DbKind.SQLITE ? "file lock on " : "PostgreSQL session advisory lock ";
    }

    /**
     * The server ends a dead client's backend, and drops its session lock, a moment after the client process exits;
     * waits for that (at most 10 s) so that the listing after it is not a race.
     */
    private static void awaitReleased(DbKind kind, TestDatabase db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stillLocked(kind, db)) {
            assertThat(System.nanoTime())
                    .as("the dead holder's lock is still held after 10 s")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static boolean stillLocked(DbKind kind, TestDatabase db) throws Exception {
        if (kind == DbKind.SQLITE) {
            Path file = Path.of(db.file() + ".syzygy-lock");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    lock.release();
                }
                return lock == null;
            }
        }
        LockKey key = LockKey.of(db.schema(), "databasechangelog");
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        + " AND classid = " + key.classId() + " AND objid = " + key.objId() + " AND objsubid = 1")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
