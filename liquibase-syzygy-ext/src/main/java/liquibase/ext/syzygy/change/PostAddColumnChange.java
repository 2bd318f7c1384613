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
import liquibase.ext.syzygy.finding.FindingCode;
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
        errors.addAll(ChangeErrors.coded(super.validate(database), getChangeSet()));
        if (getTableName() != null && getColumnName() != null && rollbackDefault(database) == null) {
            ChangeErrors.add(errors, this, FindingCode.NO_STAGED_DEFAULT, noDefaultMessage(), NO_DEFAULT_HINT);
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
        Object value = rollbackDefault(database);
        if (value == null) {
            throw new RollbackImpossibleException(ChangeErrors.format(
                    getChangeSet(), FindingCode.NO_STAGED_DEFAULT, noDefaultMessage(), NO_DEFAULT_HINT));
        }
        return new SqlStatement[] {new SetColumnDefaultStatement(column(), value)};
    }

    /**
     * The default the rollback restores: this change's own, else the earlier addColumnStaged's; null if none. A
     * schema left out on either change is the database's default schema ({@code --default-schema-name}).
     */
    Object rollbackDefault(Database database) {
        if (defaults().isPresent()) {
            return defaults().toValue();
        }
        AddColumnConfig added = earlierStagedColumn(database == null ? null : database.getDefaultSchemaName());
        return added == null ? null : added.getDefaultValueObject();
    }

    /** The column as the last {@code addColumnStaged} before this change's changeset defines it; null if none. */
    private AddColumnConfig earlierStagedColumn(String defaultSchema) {
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
                            staged.column(getSchemaName(), getTableName(), getColumnName(), defaultSchema);
                    found = column == null || column.getDefaultValueObject() == null ? found : column;
                }
            }
        }
        return null;
    }

    private static final String NO_DEFAULT_HINT = "give postAddColumn the default to restore (defaultValue,"
            + " defaultValueNumeric, defaultValueBoolean, defaultValueDate or defaultValueComputed), or add the"
            + " column with addColumnStaged and a default.";

    private String noDefaultMessage() {
        return where() + " has no default to restore on rollback: no addColumnStaged earlier in the changelog"
                + " adds this column (same schema, table and column) with a default.";
    }

    @Override
    public String getConfirmationMessage() {
        return "Default dropped from " + getTableName() + "." + getColumnName();
    }
}
