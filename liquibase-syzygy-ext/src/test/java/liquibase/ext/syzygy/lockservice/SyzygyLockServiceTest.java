package liquibase.ext.syzygy.lockservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LockException;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.lock.LockFailure;
import liquibase.ext.syzygy.testing.Pg;
import liquibase.lockservice.DatabaseChangeLogLock;
import org.junit.jupiter.api.Test;

/** The lock service on two real PostgreSQL sessions, as two deployers' Liquibase would drive it. */
class SyzygyLockServiceTest {

    @Test
    void listLocksNamesTheHolderReleaseLocksLeavesItAndAWaiterTimesOutWithTheHoldersName() throws Exception {
        try (Pg pg = new Pg()) {
            Database first = database(pg);
            Database second = database(pg);
            try {
                SyzygyLockService holder = service(first);
                SyzygyLockService other = service(second);
                assertThat(holder.supports(first)).isTrue();
                holder.waitForLock();
                assertThat(holder.hasChangeLogLock()).isTrue();

                DatabaseChangeLogLock[] locks = other.listLocks();
                assertThat(locks).hasSize(1);
                assertThat(locks[0].getLockedBy())
                        .startsWith("backend pid ")
                        .contains("PostgreSQL session advisory lock "
                                + Locks.keyOf(first).value());

                other.forceReleaseLock(); // release-locks from another session: harmless
                assertThat(holder.exclusiveLock().isHeld()).isTrue();
                assertThat(other.acquireLock()).isFalse();

                other.setChangeLogLockWaitTime(0);
                other.setChangeLogLockRecheckTime(0);
                assertThatThrownBy(other::waitForLock)
                        .isInstanceOf(LockException.class)
                        .hasMessageContaining("[LOCK_TIMEOUT]")
                        .hasMessageContaining("held by backend pid ")
                        .hasMessageNotContaining("release-locks");

                holder.releaseLock();
                assertThat(other.acquireLock()).isTrue();
                other.releaseLock();
                assertThat(other.listLocks()).isEmpty();
            } finally {
                first.close();
                second.close();
            }
        }
    }

    @Test
    void aDeployerWhoseSessionWasKilledStopsWithLockLost() throws Exception {
        try (Pg pg = new Pg()) {
            Database database = database(pg);
            try {
                SyzygyLockService service = service(database);
                service.waitForLock();
                service.verifyHeld();
                int pid = ((PostgresAdvisoryLock) service.exclusiveLock())
                        .heldBy()
                        .orElseThrow();
                pg.exec("SELECT pg_terminate_backend(" + pid + ")");
                assertThatThrownBy(service::verifyHeld).isInstanceOfSatisfying(LockFailure.class, e -> {
                    assertThat(e.finding().code()).isEqualTo(FindingCode.LOCK_LOST);
                    assertThat(e.getMessage()).contains("stopped before the next changeset");
                });
                assertThat(service.hasChangeLogLock()).isFalse();
            } finally {
                try {
                    database.close();
                } catch (liquibase.exception.DatabaseException expected) {
                    // its session was terminated
                }
            }
        }
    }

    private static SyzygyLockService service(Database database) {
        SyzygyLockService service = new SyzygyLockService();
        service.setDatabase(database);
        return service;
    }

    private static Database database(Pg pg) throws Exception {
        return DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(
                        new JdbcConnection(DriverManager.getConnection(pg.url(), "postgres", "")));
    }
}
