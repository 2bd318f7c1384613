package liquibase.ext.syzygy.lockservice;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.ext.syzygy.lock.LockFailure;
import liquibase.lockservice.LockServiceFactory;

/**
 * Checks, before each changeset runs, that this deployer still holds the crash-safe lock, and stops the update with
 * {@code LOCK_LOST} otherwise. A deployer whose connection dropped and was re-established (a pool's validation, a
 * driver's reconnect) has silently lost its session lock, and another deployer may already be running: going on
 * would apply changesets twice.
 */
public final class LockGuardListener extends AbstractChangeExecListener {

    @Override
    public void willRun(
            ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database, ChangeSet.RunStatus status) {
        verify(changeSet, database);
    }

    @Override
    public void willRollback(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database) {
        verify(changeSet, database);
    }

    private static void verify(ChangeSet changeSet, Database database) {
        if (LockServiceFactory.getInstance().getLockService(database) instanceof SyzygyLockService service) {
            try {
                service.verifyHeld();
            } catch (LockFailure e) {
                throw new UnexpectedLiquibaseException(changeSet + ": " + e.getMessage());
            }
        }
    }
}
