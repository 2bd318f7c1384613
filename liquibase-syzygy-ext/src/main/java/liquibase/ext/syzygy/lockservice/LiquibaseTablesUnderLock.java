package liquibase.ext.syzygy.lockservice;

import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.snapshot.SnapshotGeneratorFactory;

/**
 * Creates DATABASECHANGELOG under the crash-safe lock when it does not exist yet.
 *
 * <p>Liquibase creates its history table before it asks for the lock ({@code DatabaseChangelogCommandStep} runs
 * {@code ChangeLogHistoryService.init()}, then {@code LockService.init()}, and the update takes the lock later), so
 * deployers started together on a fresh database race to create it and all but one can fail. Called once the root
 * changelog is parsed, which Liquibase does just before it creates its tables, this takes the lock first: the
 * first deployer creates the table, the others wait, find it and go on. It only acts where Liquibase would create
 * the table for real (not for {@code update-sql}, whose executor writes SQL instead) and where the crash-safe lock
 * applies.
 */
public final class LiquibaseTablesUnderLock {

    private LiquibaseTablesUnderLock() {}

    /** Creates the history table under the lock if {@code database} has none; does nothing otherwise. */
    public static void ensure(Database database) throws LiquibaseException {
        if (database == null || !Locks.supports(database) || !updatesDatabase(database)) {
            return;
        }
        if (SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database)) {
            return;
        }
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        if (lock.hasChangeLogLock()) {
            return;
        }
        lock.waitForLock();
        try {
            Scope.getCurrentScope()
                    .getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(database)
                    .init();
            database.commit();
        } finally {
            lock.releaseLock();
        }
    }

    private static boolean updatesDatabase(Database database) {
        Executor executor =
                Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database);
        return executor.updatesDatabase();
    }
}
