package liquibase.ext.syzygy.database;

import java.util.List;
import java.util.Set;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.SqlStatement;

/**
 * Liquibase's PostgreSQL database, except that a transactional changeset and its DATABASECHANGELOG row are
 * committed together (see {@link HistoryCommitHold}): a deployer killed mid-update leaves every changeset either
 * applied and recorded or not applied, never applied but unrecorded (which makes the next update fail on "already
 * exists"). {@code runInTransaction="false"} changesets run with auto-commit on and behave as in plain Liquibase.
 *
 * <p>Chosen by Liquibase's {@code DatabaseFactory} because its priority is one above {@code PostgresDatabase}'s;
 * everything else (short name, SQL generators, snapshots, {@code instanceof PostgresDatabase}) is unchanged.
 * Cockroach and EnterpriseDB, which extend {@code PostgresDatabase} with priorities 6 and 10, still win on their
 * servers. {@code liquibase.syzygy.atomicHistory=false} turns the hold off.
 *
 * <p>It also runs every changeset's statements with a short {@code lock_timeout} and retries them after a lock
 * timeout ({@link LockSafeExecution}), so that a schema change waiting behind a long transaction does not make the
 * application's queries queue behind it.
 */
public class AtomicHistoryPostgresDatabase extends PostgresDatabase {

    private final HistoryCommitHold hold = new HistoryCommitHold(SyzygyConfiguration.atomicHistory());

    private final LockSafeExecution lockSafety = new LockSafeExecution(this);

    @Override
    public int getPriority() {
        return super.getPriority() + 1;
    }

    @Override
    public void executeStatements(Change change, DatabaseChangeLog changeLog, List<SqlVisitor> sqlVisitors)
            throws LiquibaseException {
        hold.changesRunning(isAutoCommit());
        LockSafeExecution.Work plain = () -> super.executeStatements(change, changeLog, sqlVisitors);
        if (isAutoCommit()) {
            lockSafety.autoCommit(change.getChangeSet(), () -> change.generateStatements(this), sqlVisitors, plain);
        } else {
            lockSafety.inTransaction(change.getChangeSet(), () -> AffectedTables.of(change, this), plain);
        }
    }

    @Override
    public void executeRollbackStatements(SqlStatement[] statements, List<SqlVisitor> sqlVisitors)
            throws LiquibaseException {
        hold.changesRunning(isAutoCommit());
        super.executeRollbackStatements(statements, sqlVisitors);
    }

    @Override
    public void executeRollbackStatements(Change change, List<SqlVisitor> sqlVisitors) throws LiquibaseException {
        hold.changesRunning(isAutoCommit());
        LockSafeExecution.Work plain = () -> super.executeRollbackStatements(change, sqlVisitors);
        if (isAutoCommit()) {
            lockSafety.autoCommit(
                    change.getChangeSet(),
                    () -> change.generateRollbackStatements(this),
                    filterRollbackVisitors(sqlVisitors),
                    plain);
        } else {
            lockSafety.inTransaction(change.getChangeSet(), Set::of, plain);
        }
    }

    @Override
    public void commit() throws DatabaseException {
        lockSafety.transactionEnded();
        hold.commit(super::commit);
    }

    @Override
    public void rollback() throws DatabaseException {
        lockSafety.transactionEnded();
        hold.rollback(super::rollback);
    }

    @Override
    public void markChangeSetExecStatus(ChangeSet changeSet, ChangeSet.ExecType execType) throws DatabaseException {
        hold.writeHistory(() -> super.markChangeSetExecStatus(changeSet, execType), super::rollback);
    }

    @Override
    public void removeRanStatus(ChangeSet changeSet) throws DatabaseException {
        hold.writeHistory(() -> super.removeRanStatus(changeSet), super::rollback);
    }
}
