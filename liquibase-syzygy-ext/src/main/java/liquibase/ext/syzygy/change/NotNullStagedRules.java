package liquibase.ext.syzygy.change;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.statement.ConstraintRef;

/**
 * What {@code addNotNullConstraintStaged} checks before anything runs.
 *
 * <p>On PostgreSQL the changeset must run with {@code runInTransaction="false"}: in one transaction, the ACCESS
 * EXCLUSIVE lock of the first {@code ADD CONSTRAINT} would be held through the validating scan and the backfill,
 * which is exactly the long lock the change exists to avoid. In auto-commit mode a killed deployer leaves the
 * changeset part done and unrecorded, so it must hold only changes that can simply run again: changes of this
 * type, whose every step is safe to repeat. That rule holds on every database, so a changelog behaves the same on
 * SQLite (where a transactional changeset is allowed: SQLite locks the whole database for any write anyway).
 */
final class NotNullStagedRules {

    private NotNullStagedRules() {}

    static ValidationErrors validate(AddNotNullConstraintStagedChange change, Database database) {
        ValidationErrors errors = new ValidationErrors(change);
        if (change.getTableName() == null || change.getColumnName() == null) {
            return errors;
        }
        String where = change.where();
        String columnProblem = change.column().unsafeName();
        ChangeErrors.unsafeName(
                errors,
                change,
                where,
                columnProblem != null ? columnProblem : constraint(change).unsafeName());
        if (change.getDefaultNullValue() != null) {
            change.nullValue().validate(errors, change, where, "defaultNullValue");
        }
        batchSize(change, errors, where);
        ChangeSet changeSet = change.getChangeSet();
        if (changeSet == null) {
            return errors;
        }
        if (changeSet.isRunInTransaction() && database instanceof PostgresDatabase) {
            ChangeErrors.add(
                    errors,
                    change,
                    FindingCode.INVALID_CHANGE,
                    where + " is in a changeset that runs in one transaction: on PostgreSQL that would hold the"
                            + " table's ACCESS EXCLUSIVE lock through the whole validating scan.",
                    "set runInTransaction=\"false\" on the changeset; each step then takes its strong lock for a"
                            + " moment only, and every step is safe to run again after an interrupted run.");
        }
        if (!changeSet.isRunInTransaction()) {
            for (Change other : changeSet.getChanges()) {
                if (!(other instanceof AddNotNullConstraintStagedChange)) {
                    ChangeErrors.add(
                            errors,
                            change,
                            FindingCode.INVALID_CHANGE,
                            where + " shares its runInTransaction=\"false\" changeset with a "
                                    + other.getSerializedObjectName() + " change: an interrupted run would leave"
                                    + " that change applied but unrecorded.",
                            "move the " + other.getSerializedObjectName() + " into a changeset of its own.");
                    break;
                }
            }
        }
        return errors;
    }

    private static void batchSize(AddNotNullConstraintStagedChange change, ValidationErrors errors, String where) {
        Integer own = change.getBackfillBatchSize();
        if (own != null && own < 1) {
            ChangeErrors.add(
                    errors,
                    change,
                    FindingCode.INVALID_CHANGE,
                    where + ": backfillBatchSize " + own + " is not a batch size.",
                    "give a number of rows of at least 1, or leave it out for liquibase.syzygy.backfillBatchSize.");
            return;
        }
        try {
            change.batchSize();
        } catch (IllegalArgumentException e) {
            errors.addError(e.getMessage());
        }
    }

    private static ConstraintRef constraint(AddNotNullConstraintStagedChange change) {
        return new ConstraintRef(
                change.getCatalogName(),
                change.getSchemaName(),
                change.getTableName(),
                change.constraintNameOrDefault());
    }
}
