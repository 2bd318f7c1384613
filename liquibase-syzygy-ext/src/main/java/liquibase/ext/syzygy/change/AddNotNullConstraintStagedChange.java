package liquibase.ext.syzygy.change;

import java.util.ArrayList;
import java.util.List;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.statement.AddNotNullStagedStatement;
import liquibase.ext.syzygy.statement.BackfillNullsStatement;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.statement.SqlStatement;

/**
 * {@code addNotNullConstraint} without the long lock: on PostgreSQL, core's {@code SET NOT NULL} scans the whole
 * table under ACCESS EXCLUSIVE, so every read and write of the table waits for the scan. This change fills the
 * NULLs first if asked ({@code defaultNullValue}, in batches of {@code backfillBatchSize}, each its own
 * transaction), then proves NOT NULL through a constraint validated apart, so that each strong lock is held for
 * moments only (see {@code NotNullSteps}). On SQLite it edits the column's definition natively.
 *
 * <p>Stage: post-deploy, like core's: the old code may write NULLs until the rollout ends. It runs statement by
 * statement, so on PostgreSQL its changeset must say {@code runInTransaction="false"} and hold only changes of this
 * type ({@link NotNullStagedRules}); every step can be run again after a deployer is killed mid-way.
 *
 * <p>Rollback drops NOT NULL; values the backfill wrote stay, as no one can tell them from values written since.
 */
@DatabaseChange(
        name = "addNotNullConstraintStaged",
        description = "Makes a column NOT NULL with only short strong locks, after filling its NULLs in batches",
        priority = ChangeMetaData.PRIORITY_DEFAULT,
        appliesTo = "column")
public class AddNotNullConstraintStagedChange extends AbstractNotNullStagedChange implements StagedChange {

    @Override
    public Stage syzygyStage() {
        return Stage.POST_DEPLOY;
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = NotNullStagedRules.validate(this, database);
        return errors.hasErrors() ? errors : ChangeErrors.coded(super.validate(database), getChangeSet());
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        List<SqlStatement> statements = new ArrayList<>();
        if (getDefaultNullValue() != null) {
            statements.add(new BackfillNullsStatement(column(), nullValue().toValue(), batchSize()));
        }
        statements.add(new AddNotNullStagedStatement(column(), constraintNameOrDefault()));
        return statements.toArray(new SqlStatement[0]);
    }

    @Override
    public boolean supportsRollback(Database database) {
        return true;
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) {
        return new SqlStatement[] {new SetColumnNullableStatement(column(), true)};
    }

    /** The batch size: this change's attribute, else {@code liquibase.syzygy.backfillBatchSize}. */
    int batchSize() {
        return getBackfillBatchSize() != null ? getBackfillBatchSize() : SyzygyConfiguration.backfillBatchSize();
    }

    /** {@code defaultNullValue} as the literal the column's type calls for. */
    DefaultValueAttributes nullValue() {
        return DefaultValueAttributes.forType(getColumnDataType(), getDefaultNullValue());
    }

    ColumnRef column() {
        return new ColumnRef(getCatalogName(), getSchemaName(), getTableName(), getColumnName());
    }

    /** The constraint name given, else PostgreSQL 18's own default, {@code <table>_<column>_not_null}. */
    String constraintNameOrDefault() {
        return getConstraintName() != null
                ? getConstraintName()
                : ConstraintNames.notNull(getTableName(), getColumnName());
    }

    /** For messages: the change and the column (the coded message names the changeset). */
    String where() {
        return "addNotNullConstraintStaged on column " + getTableName() + "." + getColumnName();
    }

    @Override
    public String getConfirmationMessage() {
        return "NOT NULL constraint added to " + getTableName() + "." + getColumnName();
    }
}
