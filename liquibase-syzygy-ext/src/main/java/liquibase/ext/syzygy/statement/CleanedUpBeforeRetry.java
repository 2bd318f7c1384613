package liquibase.ext.syzygy.statement;

import java.util.List;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.statement.SqlStatement;

/**
 * A statement that a failed try can leave half done: {@code CREATE INDEX CONCURRENTLY} stopped by a lock timeout,
 * a cancel or a killed deployer leaves an {@code INVALID} index behind, and the same statement tried again fails on
 * "already exists". The statement knows how to find and remove what its failed try left.
 *
 * <p>Whoever retries a statement (the lock-timeout retry of an auto-commit changeset) runs {@link #cleanUp} first;
 * a change that emits such a statement may also call it when it generates its statements on a live connection,
 * so that a run after a killed deployer cleans up too.
 */
public interface CleanedUpBeforeRetry {

    /**
     * The statements that remove what a failed try of this statement left in {@code database}, to run in
     * auto-commit mode before it is tried again; empty when nothing is left over. May query the database.
     */
    List<SqlStatement> cleanUp(Database database) throws DatabaseException;
}
