package liquibase.ext.syzygy.change;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.database.Database;
import liquibase.exception.RollbackImpossibleException;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.statement.SqlStatement;

/**
 * Pre-deploy half of removing a column: makes INSERTs that omit the column succeed, so that the new code can stop
 * writing it before {@code dropColumn} removes it after the rollout. With a default value attribute it sets that
 * database default; without one it drops NOT NULL. Rollback undoes exactly that.
 */
@DatabaseChange(
        name = "preRemoveColumn",
        description = "Prepares a column for removal: sets the given database default, or else drops NOT NULL",
        priority = ChangeMetaData.PRIORITY_DEFAULT,
        appliesTo = "column")
public class PreRemoveColumnChange extends AbstractColumnDefaultChange implements StagedChange {

    @Override
    public Stage syzygyStage() {
        return Stage.PRE_DEPLOY;
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = validateDefaults();
        return errors.hasErrors() ? errors : ChangeErrors.coded(super.validate(database), getChangeSet());
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        if (defaults().isPresent()) {
            return new SqlStatement[] {
                new SetColumnDefaultStatement(column(), defaults().toValue())
            };
        }
        return new SqlStatement[] {new SetColumnNullableStatement(column(), true)};
    }

    @Override
    public boolean supportsRollback(Database database) {
        return true;
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) throws RollbackImpossibleException {
        if (defaults().isPresent()) {
            return new SqlStatement[] {new DropColumnDefaultStatement(column())};
        }
        return new SqlStatement[] {new SetColumnNullableStatement(column(), false)};
    }

    @Override
    public String getConfirmationMessage() {
        return defaults().isPresent()
                ? "Default set on " + getTableName() + "." + getColumnName()
                : "NOT NULL dropped from " + getTableName() + "." + getColumnName();
    }
}
