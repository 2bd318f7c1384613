package liquibase.ext.syzygy.database;

import java.util.List;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.SqlStatement;

/**
 * Liquibase's SQLite database, except that a transactional changeset and its DATABASECHANGELOG row are
 * committed together (see {@link HistoryCommitHold}): a deployer killed mid-update leaves every changeset either
 * applied and recorded or not applied, never applied but unrecorded (which makes the next update fail on "already
 * exists"). {@code runInTransaction="false"} changesets run with auto-commit on and behave as in plain Liquibase.
 *
 * <p>Chosen by Liquibase's {@code DatabaseFactory} because its priority is one above {@code SQLiteDatabase}'s;
 * everything else (short name, SQL generators, snapshots, {@code instanceof SQLiteDatabase}) is unchanged.
 * {@code liquibase.syzygy.atomicHistory=false} turns the hold off.
 */
public class AtomicHistorySQLiteDatabase extends SQLiteDatabase {

    private final HistoryCommitHold hold = new HistoryCommitHold(SyzygyConfiguration.atomicHistory());

    @Override
    public int getPriority() {
        return super.getPriority() + 1;
    }

    @Override
    public void executeStatements(Change change, DatabaseChangeLog changeLog, List<SqlVisitor> sqlVisitors)
            throws LiquibaseException {
        hold.changesRunning(isAutoCommit());
        super.executeStatements(change, changeLog, sqlVisitors);
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
        super.executeRollbackStatements(change, sqlVisitors);
    }

    @Override
    public void commit() throws DatabaseException {
        hold.commit(super::commit);
    }

    @Override
    public void rollback() throws DatabaseException {
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
