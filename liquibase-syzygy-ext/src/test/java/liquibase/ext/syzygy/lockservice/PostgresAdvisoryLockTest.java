package liquibase.ext.syzygy.lockservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.lock.LockAttempt;
import liquibase.ext.syzygy.lock.LockFailure;
import liquibase.ext.syzygy.lock.LockHolder;
import liquibase.ext.syzygy.lock.LockKey;
import liquibase.ext.syzygy.testing.Pg;
import org.junit.jupiter.api.Test;

/** The advisory lock on real PostgreSQL sessions (two connections stand for two deployers). */
class PostgresAdvisoryLockTest {

    @Test
    void aSecondSessionIsToldWhoHoldsTheLockAndGetsItOnceItIsReleased() throws Exception {
        try (Pg pg = new Pg();
                Connection first = connect(pg);
                Connection second = connect(pg)) {
            LockKey key = LockKey.of(pg.schema, "databasechangelog");
            PostgresAdvisoryLock a = new PostgresAdvisoryLock(first, key);
            PostgresAdvisoryLock b = new PostgresAdvisoryLock(second, key);

            assertThat(a.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            assertThat(a.tryAcquire()).as("again, without nesting").isInstanceOf(LockAttempt.Acquired.class);
            LockAttempt busy = b.tryAcquire();
            assertThat(busy).isInstanceOf(LockAttempt.Busy.class);
            LockHolder holder = ((LockAttempt.Busy) busy).holder().orElseThrow();
            assertThat(holder.pid()).isEqualTo(String.valueOf(backendPid(first)));
            assertThat(holder.application()).contains("syzygy-lock-test");
            assertThat(holder.host()).isPresent();
            assertThat(holder.since()).isPresent();
            assertThat(a.isHeld()).isTrue();
            assertThat(b.isHeld()).isFalse();

            b.release(); // not the holder: releases nothing
            assertThat(a.isHeld()).isTrue();

            a.release();
            assertThat(a.isHeld()).isFalse();
            assertThat(b.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            assertThat(a.holder().map(LockHolder::pid)).contains(String.valueOf(backendPid(second)));
        }
    }

    @Test
    void waitingLeavesNoTransactionOpenAndAWritingTransactionIsRefused() throws Exception {
        try (Pg pg = new Pg();
                Connection c = connect(pg)) {
            c.setAutoCommit(false);
            PostgresAdvisoryLock lock = new PostgresAdvisoryLock(c, LockKey.of(pg.schema, "databasechangelog"));
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + pg.schema + ".pending (id int)");
            }
            assertThatThrownBy(lock::tryAcquire).isInstanceOfSatisfying(LockFailure.class, e -> assertThat(
                            e.finding().code())
                    .isEqualTo(FindingCode.LOCK_UNSAFE_CONNECTION));
            c.rollback();
            assertThat(lock.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            assertThat(stateOf(pg, pidOf(lock))).as("not 'idle in transaction'").isEqualTo("idle");
        }
    }

    @Test
    void aTerminatedSessionCannotConfirmTheLockAndTheServerFreesIt() throws Exception {
        try (Pg pg = new Pg();
                Connection c = connect(pg)) {
            PostgresAdvisoryLock lock = new PostgresAdvisoryLock(c, LockKey.of(pg.schema, "databasechangelog"));
            lock.tryAcquire();
            int pid = backendPid(c);
            pg.exec("SELECT pg_terminate_backend(" + pid + ")");
            assertThatThrownBy(lock::isHeld).isInstanceOf(liquibase.ext.syzygy.lock.LockBackendException.class);
            try (Connection other = connect(pg)) {
                assertThat(new PostgresAdvisoryLock(other, lock.key()).tryAcquire())
                        .as("the server freed the lock with the session")
                        .isInstanceOf(LockAttempt.Acquired.class);
            }
        }
    }

    private static Connection connect(Pg pg) throws Exception {
        return DriverManager.getConnection(pg.url() + "&ApplicationName=syzygy-lock-test", "postgres", "");
    }

    private static int pidOf(PostgresAdvisoryLock lock) {
        return lock.heldBy().orElseThrow();
    }

    private static int backendPid(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String stateOf(Pg pg, int pid) throws Exception {
        try (Statement s = pg.jdbc.createStatement();
                ResultSet rs = s.executeQuery("SELECT state FROM pg_stat_activity WHERE pid = " + pid)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
