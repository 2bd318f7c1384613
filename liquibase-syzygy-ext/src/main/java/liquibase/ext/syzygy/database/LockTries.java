package liquibase.ext.syzygy.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.executor.Executor;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.retry.LockSafety;
import liquibase.ext.syzygy.retry.Outcome;
import liquibase.ext.syzygy.statement.CleanedUpBeforeRetry;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.SqlStatement;

/**
 * One try of some statements under the changeset's timeouts, turned into an {@link Outcome}: a lock timeout
 * becomes {@link Outcome.LockTimedOut} naming the sessions that hold locks on the statements' tables, after the
 * try is undone; a statement timeout becomes {@code STATEMENT_TIMEOUT}; anything else is thrown as it came.
 */
final class LockTries {

    private final PostgresLockSession session;
    private final Connection connection;
    private final Database database;
    private final LockSafety safety;
    private final Supplier<Finding> statementTimedOut;

    LockTries(Connection connection, Database database, LockSafety safety, Supplier<Finding> statementTimedOut) {
        this.session = new PostgresLockSession(connection);
        this.connection = connection;
        this.database = database;
        this.safety = safety;
        this.statementTimedOut = statementTimedOut;
    }

    /**
     * Runs {@code work} in the open transaction with {@code SET LOCAL} timeouts, and puts the session's back
     * afterwards so that the DATABASECHANGELOG write, in the same transaction, does not run under them. On a lock
     * timeout the transaction is rolled back (it is aborted anyway) before the blockers are looked up.
     */
    Outcome inTransaction(LockSafeExecution.Work work, Supplier<Set<String>> tables) throws LiquibaseException {
        PostgresLockSession.Previous previous = sql(() -> session.apply(safety, true));
        try {
            work.run();
        } catch (LiquibaseException | RuntimeException e) {
            if (lockTimedOut(e)) {
                sql(() -> {
                    connection.rollback();
                    return null;
                });
                Outcome outcome = new Outcome.LockTimedOut(sql(() -> session.blockers(List.copyOf(tables.get()))));
                sql(() -> {
                    connection.rollback(); // end the transaction the lookup opened
                    return null;
                });
                return outcome;
            }
            throw translated(e);
        }
        sql(() -> {
            session.restore(previous, true);
            return null;
        });
        return Outcome.APPLIED;
    }

    /**
     * Runs {@code statement} in auto-commit mode with session timeouts, restored afterwards whatever happens;
     * before a retry ({@code number > 1}) runs what the statement says removes the leftovers of a failed try.
     */
    Outcome autoCommit(SqlStatement statement, int number, Executor executor, List<SqlVisitor> visitors)
            throws LiquibaseException {
        PostgresLockSession.Previous previous = sql(() -> session.apply(safety, false));
        try {
            if (number > 1 && statement instanceof CleanedUpBeforeRetry leftovers) {
                for (SqlStatement cleanUp : leftovers.cleanUp(database)) {
                    executor.execute(cleanUp, visitors);
                }
            }
            executor.execute(statement, visitors);
            return Outcome.APPLIED;
        } catch (LiquibaseException | RuntimeException e) {
            if (lockTimedOut(e)) {
                return new Outcome.LockTimedOut(
                        sql(() -> session.blockers(List.copyOf(AffectedTables.of(statement, database)))));
            }
            throw translated(e);
        } finally {
            sql(() -> {
                session.restore(previous, false);
                return null;
            });
        }
    }

    private boolean lockTimedOut(Exception e) {
        return safety.retries() && SqlStates.has(e, SqlStates.LOCK_NOT_AVAILABLE);
    }

    /** {@code e} as thrown to Liquibase: coded if a statement timeout caused it, else unchanged. */
    private LiquibaseException translated(Exception e) {
        if (safety.statementTimeout().isPresent() && SqlStates.has(e, SqlStates.QUERY_CANCELED)) {
            return new LockSafetyException(statementTimedOut.get(), e);
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        return (LiquibaseException) e;
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) throws DatabaseException {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
