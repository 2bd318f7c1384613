package liquibase.ext.syzygy.database;

import liquibase.exception.DatabaseException;

/**
 * Decides which of Liquibase's commits really commit, so that a changeset's changes and its DATABASECHANGELOG row
 * reach the database in one transaction.
 *
 * <p>Liquibase runs a transactional changeset with auto-commit off, commits once after its changes
 * ({@code ChangeSet.execute}), then writes the history row and commits again
 * ({@code UpdateVisitor} through {@code markChangeSetExecStatus}); rollbacks do the same with
 * {@code removeRanStatus}. A kill between the two commits leaves the changes applied but unrecorded. This hold
 * skips exactly one commit: the first one after changes ran in an open transaction. The next commit, the history
 * write's, commits both. At most one commit is ever skipped, so a path that writes no history (a skipped
 * changeset) is committed by the very next commit, and a rollback forgets the hold.
 *
 * <p>One instance per {@code Database} (so per connection); Liquibase drives a connection from one thread.
 */
public final class HistoryCommitHold {

    /** One of Liquibase's own database operations, run by the hold at the right moment. */
    @FunctionalInterface
    public interface DatabaseCall {
        void run() throws DatabaseException;
    }

    private enum State {
        IDLE,
        CHANGES_OPEN,
        COMMIT_HELD
    }

    private final boolean enabled;
    private State state = State.IDLE;

    /** A hold that does nothing when {@code enabled} is false: every commit commits, as in plain Liquibase. */
    public HistoryCommitHold(boolean enabled) {
        this.enabled = enabled;
    }

    /** Statements of a changeset (or of its rollback) are about to run; {@code autoCommit} is the connection's. */
    public void changesRunning(boolean autoCommit) {
        if (enabled && !autoCommit && state == State.IDLE) {
            state = State.CHANGES_OPEN;
        }
    }

    /**
     * Liquibase asks to commit.
     *
     * @return whether to commit now; false exactly once after changes ran, holding their commit for the history row
     */
    public boolean commitNow() {
        if (state == State.CHANGES_OPEN) {
            state = State.COMMIT_HELD;
            return false;
        }
        state = State.IDLE;
        return true;
    }

    /** The transaction was rolled back: nothing is held any more. */
    public void rolledBack() {
        state = State.IDLE;
    }

    /**
     * Writing the history row failed.
     *
     * @return whether changes are held uncommitted and must be rolled back, so that they are not committed later
     *     without their row (by the lock release's commit, or by a pool restoring auto-commit)
     */
    public boolean historyWriteFailed() {
        boolean held = state != State.IDLE;
        state = State.IDLE;
        return held;
    }

    /** Whether a commit is being held, for diagnostics and tests. */
    public boolean holding() {
        return state == State.COMMIT_HELD;
    }

    /** Liquibase's {@code commit()}: runs {@code commit} unless this is the commit held for the history row. */
    public void commit(DatabaseCall commit) throws DatabaseException {
        if (commitNow()) {
            commit.run();
        }
    }

    /** Liquibase's {@code rollback()}: forgets the hold, then runs {@code rollback}. */
    public void rollback(DatabaseCall rollback) throws DatabaseException {
        rolledBack();
        rollback.run();
    }

    /**
     * Writes the history row with {@code write}; if that fails, rolls the held changes back with {@code rollback}
     * so that no later commit records them without their row.
     */
    public void writeHistory(DatabaseCall write, DatabaseCall rollback) throws DatabaseException {
        try {
            write.run();
        } catch (DatabaseException | RuntimeException e) {
            if (historyWriteFailed()) {
                rollback.run();
            }
            throw e;
        }
    }
}
