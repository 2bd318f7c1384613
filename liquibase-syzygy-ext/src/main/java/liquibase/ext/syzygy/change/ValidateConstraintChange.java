package liquibase.ext.syzygy.change;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.statement.ConstraintRef;
import liquibase.ext.syzygy.statement.ValidateConstraintStatement;
import liquibase.statement.SqlStatement;

/**
 * Validates a constraint added {@code NOT VALID}, typically an {@code addForeignKeyConstraint} with
 * {@code validate="false"}: the scan of the existing rows then runs under SHARE UPDATE EXCLUSIVE, which lets reads
 * and writes go on, instead of under the strong lock an inline-validated constraint holds for the whole scan.
 *
 * <p>Stage: pre-deploy. A NOT VALID constraint already binds every new write from the moment it is added, so
 * validating it changes nothing that either code version can see; it only proves the old rows. It must come after
 * the changeset that adds the constraint: the plan check sees both touch the table, so a {@code validateConstraint}
 * after a pending post-deploy changeset on the same table is {@code AMBIGUOUS_PLAN} in a pre-deploy run.
 *
 * <p>Rollback does nothing: PostgreSQL cannot turn a valid constraint back into a NOT VALID one, and the constraint
 * itself belongs to the change that added it, whose rollback drops it. On SQLite, which has no NOT VALID
 * constraints, the change does nothing.
 */
@DatabaseChange(
        name = "validateConstraint",
        description = "Validates a constraint added NOT VALID without blocking reads and writes",
        priority = ChangeMetaData.PRIORITY_DEFAULT,
        appliesTo = "table")
public class ValidateConstraintChange extends AbstractTableChange implements StagedChange {

    private String constraintName;

    @Override
    public Stage syzygyStage() {
        return Stage.PRE_DEPLOY;
    }

    @DatabaseChangeProperty(
            requiredForDatabase = "all",
            description = "Name of the constraint to validate",
            exampleValue = "fk_orders_customer")
    public String getConstraintName() {
        return constraintName;
    }

    public void setConstraintName(String constraintName) {
        this.constraintName = constraintName;
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors(this);
        if (getTableName() != null && constraintName != null) {
            ChangeErrors.unsafeName(errors, this, where(), constraint().unsafeName());
        }
        return errors.hasErrors() ? errors : ChangeErrors.coded(super.validate(database), getChangeSet());
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return new SqlStatement[] {new ValidateConstraintStatement(constraint())};
    }

    @Override
    public boolean supportsRollback(Database database) {
        return true;
    }

    /** Nothing to undo: a valid constraint cannot become NOT VALID again (see the class comment). */
    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        return new SqlStatement[0];
    }

    private ConstraintRef constraint() {
        return new ConstraintRef(getCatalogName(), getSchemaName(), getTableName(), constraintName);
    }

    private String where() {
        return "validateConstraint of constraint " + getTableName() + "." + constraintName;
    }

    @Override
    public String getConfirmationMessage() {
        return "Constraint " + constraintName + " on " + getTableName() + " validated";
    }
}
