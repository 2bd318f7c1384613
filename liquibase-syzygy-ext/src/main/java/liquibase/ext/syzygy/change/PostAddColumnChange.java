package liquibase.ext.syzygy.change;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.exception.RollbackImpossibleException;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.statement.SqlStatement;

/**
 * Post-deploy half of adding a column: drops the database default that {@code addColumnStaged} kept, once the new
 * code supplies the value itself. Rollback restores the default, taken from this change's default attribute or
 * else from the matching {@code addColumnStaged} earlier in the changelog.
 */
@DatabaseChange(
        name = "postAddColumn",
        description = "Drops the database default of a column added by addColumnStaged; rollback restores it",
        priority = ChangeMetaData.PRIORITY_DEFAULT,
        appliesTo = "column")
public class PostAddColumnChange extends AbstractColumnDefaultChange implements StagedChange {

    @Override
    public Stage syzygyStage() {
        return Stage.POST_DEPLOY;
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = validateDefaults();
        if (errors.hasErrors()) {
            return errors;
        }
        errors.addAll(super.validate(database));
        if (getTableName() != null && getColumnName() != null && rollbackDefault() == null) {
            errors.addError(noDefaultMessage());
        }
        return errors;
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return new SqlStatement[] {new DropColumnDefaultStatement(column())};
    }

    @Override
    public boolean supportsRollback(Database database) {
        return true;
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) throws RollbackImpossibleException {
        Object value = rollbackDefault();
        if (value == null) {
            throw new RollbackImpossibleException(noDefaultMessage());
        }
        return new SqlStatement[] {new SetColumnDefaultStatement(column(), value)};
    }

    /** The default the rollback restores: this change's own, else the earlier addColumnStaged's; null if none. */
    Object rollbackDefault() {
        if (defaults().isPresent()) {
            return defaults().toValue();
        }
        AddColumnConfig added = earlierStagedColumn();
        return added == null ? null : added.getDefaultValueObject();
    }

    /** The column as the last {@code addColumnStaged} before this change's changeset defines it; null if none. */
    private AddColumnConfig earlierStagedColumn() {
        ChangeSet own = getChangeSet();
        if (own == null || own.getChangeLog() == null) {
            return null;
        }
        AddColumnConfig found = null;
        for (ChangeSet changeSet : own.getChangeLog().getRootChangeLog().getChangeSets()) {
            if (changeSet == own) {
                return found;
            }
            for (Change change : changeSet.getChanges()) {
                if (change instanceof AddColumnStagedChange staged) {
                    AddColumnConfig column =
                            staged.column(getCatalogName(), getSchemaName(), getTableName(), getColumnName());
                    found = column == null || column.getDefaultValueObject() == null ? found : column;
                }
            }
        }
        return null;
    }

    private String noDefaultMessage() {
        return where() + " has no default to restore on rollback: no addColumnStaged earlier in the changelog"
                + " adds this column (same schema, table and column) with a default. Give postAddColumn the"
                + " default to restore (defaultValue, defaultValueNumeric, defaultValueBoolean, defaultValueDate or"
                + " defaultValueComputed), or add the column with addColumnStaged and a default.";
    }

    @Override
    public String getConfirmationMessage() {
        return "Default dropped from " + getTableName() + "." + getColumnName();
    }
}
