package liquibase.ext.syzygy.change;

import java.util.ArrayList;
import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.ChangeWithColumns;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.change.core.DropIndexChange;
import liquibase.database.Database;
import liquibase.exception.RollbackImpossibleException;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.namespace.SyzygyNamespace;
import liquibase.ext.syzygy.statement.DropIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.IndexRef;
import liquibase.statement.SqlStatement;

/**
 * Core's {@code dropIndex} without blocking the table: {@code DROP INDEX CONCURRENTLY IF EXISTS} on PostgreSQL,
 * where a plain {@code DROP INDEX} takes an ACCESS EXCLUSIVE lock that queues every query behind the longest one
 * running. The plain statement on SQLite. Post-deploy: old code's queries may rely on the index.
 *
 * <p>Like core's {@code dropIndex} it has no automatic rollback, unless it is given the index's columns (and
 * {@code unique}, {@code using}): then rollback rebuilds the index with {@code createIndexConcurrently}.
 */
@DatabaseChange(
        name = "dropIndexConcurrently",
        description = "Drops an index without blocking the table (DROP INDEX CONCURRENTLY on PostgreSQL); the"
                + " changeset needs runInTransaction=\"false\" and no other change",
        priority = ChangeMetaData.PRIORITY_DEFAULT,
        appliesTo = "index")
public class DropIndexConcurrentlyChange extends DropIndexChange
        implements ChangeWithColumns<AddColumnConfig>, StagedChange {

    private List<AddColumnConfig> columns = new ArrayList<>();
    private Boolean unique;
    private String using;

    @Override
    @DatabaseChangeProperty(description = "The index's columns, for the rollback to rebuild it; no rollback without")
    public List<AddColumnConfig> getColumns() {
        return columns;
    }

    @Override
    public void setColumns(List<AddColumnConfig> columns) {
        this.columns = columns == null ? new ArrayList<>() : columns;
    }

    @Override
    public void addColumn(AddColumnConfig column) {
        columns.add(column);
    }

    @DatabaseChangeProperty(description = "Whether the index is unique, for the rollback to rebuild it so")
    public Boolean isUnique() {
        return unique;
    }

    public void setUnique(Boolean unique) {
        this.unique = unique;
    }

    @DatabaseChangeProperty(description = "The index method, for the rollback to rebuild it so, e.g. 'gin'")
    public String getUsing() {
        return using;
    }

    public void setUsing(String using) {
        this.using = using;
    }

    @Override
    public Stage syzygyStage() {
        return Stage.POST_DEPLOY;
    }

    /** No warnings for an invalid change: its statements cannot be built ({@link ChangeWarnings}). */
    @Override
    public Warnings warn(Database database) {
        return ChangeWarnings.ofValid(this, database, () -> super.warn(database));
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors(this);
        String where = "dropIndexConcurrently " + getIndexName();
        errors.checkRequiredField("indexName", getIndexName(), "");
        if (getIndexName() != null) {
            ChangeErrors.unsafeName(errors, this, where, index().unsafeName());
        }
        ConcurrentIndexRules.checkPlainWord(errors, this, where, "using", using);
        if (!columns.isEmpty() && getTableName() == null) {
            ChangeErrors.add(
                    errors,
                    this,
                    FindingCode.INVALID_CHANGE,
                    where + " gives columns for its rollback but no tableName.",
                    "set tableName to the indexed table, or remove the columns.");
        }
        ConcurrentIndexRules.checkChangeSet(errors, this, where);
        return ChangeErrors.coded(errors.hasErrors() ? errors : super.validate(database), getChangeSet());
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return new SqlStatement[] {new DropIndexConcurrentlyStatement(index())};
    }

    private IndexRef index() {
        return new IndexRef(getCatalogName(), getSchemaName(), getTableName(), getIndexName());
    }

    @Override
    public boolean supportsRollback(Database database) {
        return !columns.isEmpty() && getTableName() != null;
    }

    @Override
    protected Change[] createInverses() {
        if (!supportsRollback(null)) {
            return null;
        }
        CreateIndexConcurrentlyChange create = new CreateIndexConcurrentlyChange();
        create.setCatalogName(getCatalogName());
        create.setSchemaName(getSchemaName());
        create.setTableName(getTableName());
        create.setIndexName(getIndexName());
        create.setUnique(unique);
        create.setUsing(using);
        create.setColumns(columns);
        return new Change[] {create};
    }

    @Override
    public SqlStatement[] generateRollbackStatements(Database database) throws RollbackImpossibleException {
        if (!supportsRollback(database)) {
            throw new RollbackImpossibleException(ChangeErrors.format(
                    getChangeSet(),
                    FindingCode.NO_ROLLBACK,
                    "dropIndexConcurrently " + getIndexName() + " cannot be rolled back automatically: the index's"
                            + " table and columns are not in the change.",
                    "give dropIndexConcurrently the tableName and the index's columns (and unique, using), or add"
                            + " a <rollback> block with createIndexConcurrently."));
        }
        return super.generateRollbackStatements(database);
    }

    @Override
    public String getConfirmationMessage() {
        return "Index " + getIndexName() + " dropped concurrently";
    }

    @Override
    public String getSerializedObjectNamespace() {
        return SyzygyNamespace.URI;
    }
}
