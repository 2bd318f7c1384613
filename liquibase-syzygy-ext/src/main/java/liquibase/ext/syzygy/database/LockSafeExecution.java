package liquibase.ext.syzygy.database;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.executor.LoggingExecutor;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.retry.LockRetry;
import liquibase.ext.syzygy.retry.LockSafety;
import liquibase.ext.syzygy.retry.LockSafetyFindings;
import liquibase.ext.syzygy.retry.Outcome;
import liquibase.ext.syzygy.retry.RetryExhausted;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * Runs a changeset's statements on PostgreSQL with a short {@code lock_timeout}, and tries them again after a lock
 * timeout instead of letting one long transaction make the whole application queue behind a schema change.
 *
 * <p>In a transaction (Liquibase's default) a lock timeout aborts the transaction, so the try is the changeset's
 * changes so far: the transaction is rolled back (the connection's own rollback, so that the atomic-history hold
 * keeps its state: the changes run again and their commit is still the one to hold), and after the backoff every
 * change of the changeset that ran since the last commit runs again, then the one that failed. No transaction, and
 * none of its locks, stays open while it waits. In auto-commit mode ({@code runInTransaction="false"}) only the
 * failed statement runs again, after its {@link liquibase.ext.syzygy.statement.CleanedUpBeforeRetry} clean-up.
 * Rollbacks never release the changelog lock: it is a session lock. A changeset whose transaction already holds
 * writes this class did not run (a listener's) is run as plain Liquibase runs it: a retry's rollback would lose them.
 *
 * <p>Nothing changes when no timeout is set, with {@code update-sql} (a logging executor: the SQL written is
 * Liquibase's), and without a live JDBC connection. One instance per {@code Database}, driven from one thread.
 */
final class LockSafeExecution {

    /** Liquibase's own execution of some statements, run as a try. */
    @FunctionalInterface
    interface Work {
        void run() throws LiquibaseException;
    }

    /** Generates a change's statements (or its rollback's). */
    @FunctionalInterface
    interface Statements {
        SqlStatement[] get() throws LiquibaseException;
    }

    private record Step(Work work, Supplier<Set<String>> tables) {}

    private final Database database;
    private final List<Step> sinceCommit = new ArrayList<>();
    private ChangeSet current;
    private boolean foreignWrites;
    private boolean running;

    LockSafeExecution(Database database) {
        this.database = database;
    }

    /**
     * Statements of {@code changeSet}, run by {@code work} in the open transaction; {@code tables} (asked only after a
     * lock timeout) are the tables they lock.
     */
    void inTransaction(ChangeSet changeSet, Supplier<Set<String>> tables, Work work) throws LiquibaseException {
        LockSafety safety = safetyOrNull(changeSet);
        if (safety == null) {
            work.run();
            return;
        }
        if (changeSet != current) {
            sinceCommit.clear();
            current = changeSet;
            // Work this class did not run (a listener's, a custom change's) would be lost by a retry's rollback.
            foreignWrites = PostgresLockSession.hasWritten(jdbc());
        }
        if (foreignWrites) {
            work.run();
            return;
        }
        Step step = new Step(work, tables);
        List<Step> earlier = List.copyOf(sinceCommit);
        guarded(changeSet, safety, true, number -> {
            List<Step> steps = new ArrayList<>(number == 1 ? List.of() : earlier);
            steps.add(step);
            for (Step each : steps) {
                Outcome outcome = tries(changeSet, safety).inTransaction(each.work(), each.tables());
                if (outcome instanceof Outcome.LockTimedOut) {
                    return outcome;
                }
            }
            return Outcome.APPLIED;
        });
        sinceCommit.add(step);
    }

    /** {@code statements} of {@code changeSet}, one by one in auto-commit mode, as Liquibase's executor runs them. */
    void autoCommit(ChangeSet changeSet, Statements generate, List<SqlVisitor> visitors, Work plain)
            throws LiquibaseException {
        LockSafety safety = safetyOrNull(changeSet);
        SqlStatement[] statements = safety == null ? null : generate.get();
        if (statements == null) {
            plain.run();
            return;
        }
        for (SqlStatement statement : statements) {
            if (statement.skipOnUnsupported()
                    && !SqlGeneratorFactory.getInstance().supports(statement, database)) {
                continue;
            }
            try {
                if (!RetrySafety.retrySafe(statement, visitors, database)) {
                    executor().execute(statement, visitors);
                    continue;
                }
                guarded(changeSet, safety, false, number -> tries(changeSet, safety)
                        .autoCommit(statement, number, executor(), visitors));
            } catch (DatabaseException e) {
                if (!statement.continueOnError()) {
                    throw e;
                }
                Scope.getCurrentScope()
                        .getLog(getClass())
                        .severe("Error executing statement '" + statement + "', but continuing", e);
            }
        }
    }

    /** A commit or rollback ended the transaction: its changes are no longer the try. */
    void transactionEnded() {
        sinceCommit.clear();
        current = null;
        foreignWrites = false;
    }

    private void guarded(
            ChangeSet changeSet, LockSafety safety, boolean transactional, LockRetry.Try<LiquibaseException> attempt)
            throws LiquibaseException {
        running = true;
        ChangeSetId id = idOf(changeSet);
        LockSafetyFindings findings = new LockSafetyFindings(SyzygyConfiguration.lockSafetyNames());
        try {
            if (!safety.retries()) {
                attempt.run(1);
                return;
            }
            new LockRetry(
                            safety.budget(),
                            safety.backoff(),
                            new Random(),
                            Clock.systemUTC(),
                            d -> Thread.sleep(d.toMillis()))
                    .run(attempt, (failed, wait, elapsed) -> Scope.getCurrentScope()
                            .getUI()
                            .sendMessage(
                                    findings.retrying(id, safety.lockTimeout().get(), failed, wait, elapsed)));
        } catch (RetryExhausted e) {
            throw new LockSafetyException(
                    findings.exhausted(id, safety.lockTimeout().get(), safety.budget(), transactional, e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting to retry " + id, e);
        } finally {
            running = false;
        }
    }

    private LockTries tries(ChangeSet changeSet, LockSafety safety) throws DatabaseException {
        return new LockTries(jdbc(), database, safety, () -> new LockSafetyFindings(
                        SyzygyConfiguration.lockSafetyNames())
                .statementTimedOut(idOf(changeSet), safety.statementTimeout().orElseThrow()));
    }

    /** The safety of {@code changeSet}, or null to run it as plain Liquibase does. */
    private LockSafety safetyOrNull(ChangeSet changeSet) throws DatabaseException {
        if (running
                || changeSet == null
                || !(database.getConnection() instanceof JdbcConnection)
                || executor() instanceof LoggingExecutor) {
            return null;
        }
        return ChangeSetSafety.of(changeSet).orElse(null);
    }

    private Executor executor() {
        return Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database);
    }

    private Connection jdbc() throws DatabaseException {
        return ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
    }

    private static ChangeSetId idOf(ChangeSet changeSet) {
        return ChangeSetSafety.idOf(changeSet);
    }
}
