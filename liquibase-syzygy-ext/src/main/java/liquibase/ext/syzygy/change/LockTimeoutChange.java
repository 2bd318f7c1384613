package liquibase.ext.syzygy.change;

import java.time.Duration;
import java.util.Optional;
import liquibase.change.AbstractChange;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.retry.Durations;
import liquibase.statement.SqlStatement;

/**
 * A directive, not a schema change: the lock timeout its changeset's statements run with on PostgreSQL, for the
 * changeset whose author knows it must wait longer for its lock ({@code timeout="30s"}) or must not be interrupted
 * at all ({@code timeout="off"}: no timeout, no retry). It emits no SQL, has no stage of its own (the changeset's
 * other changes decide it) and touches no object; {@code liquibase.syzygy.lockTimeoutOverrides} still beats it.
 */
@DatabaseChange(
        name = "lockTimeout",
        description = "Sets the lock timeout of this changeset's statements on PostgreSQL (30s, 500ms, off); emits no"
                + " SQL",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public class LockTimeoutChange extends AbstractChange {

    private String timeout;

    @DatabaseChangeProperty(
            description = "How long each statement may wait for a lock: 30s, 500ms, 2m, a number of seconds, or off",
            exampleValue = "30s")
    public String getTimeout() {
        return timeout;
    }

    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    /**
     * The lock timeout asked for, empty for {@code off}.
     *
     * @throws IllegalArgumentException when the attribute is not a duration (validation reports it first)
     */
    public Optional<Duration> lockTimeout() {
        return Durations.parseOrOff("timeout", timeout, Optional.empty());
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        if (timeout == null || timeout.isBlank()) {
            ChangeErrors.add(
                    errors,
                    this,
                    FindingCode.INVALID_CHANGE,
                    "lockTimeout has no timeout.",
                    "write timeout=\"30s\" (or another duration), or timeout=\"off\".");
            return errors;
        }
        try {
            lockTimeout();
        } catch (IllegalArgumentException e) {
            ChangeErrors.add(
                    errors,
                    this,
                    FindingCode.INVALID_CHANGE,
                    "lockTimeout timeout=\"" + timeout + "\" is not a duration.",
                    "write a number with a unit (30s, 500ms, 2m), a number of seconds, an ISO-8601 duration (PT30S),"
                            + " or off.");
        }
        return errors;
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return SqlStatement.EMPTY_SQL_STATEMENT;
    }

    @Override
    public boolean supportsRollback(Database database) {
        return true;
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        return SqlStatement.EMPTY_SQL_STATEMENT;
    }

    @Override
    public String getConfirmationMessage() {
        return "Lock timeout " + timeout;
    }
}
