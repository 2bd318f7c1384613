package liquibase.ext.syzygy.change;

import java.util.ArrayList;
import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.namespace.SyzygyNamespace;
import liquibase.ext.syzygy.statement.CreateIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.IndexColumn;
import liquibase.ext.syzygy.statement.IndexRef;
import liquibase.statement.SqlStatement;

/**
 * Core's {@code createIndex} built without blocking writes: {@code CREATE INDEX CONCURRENTLY} on PostgreSQL, where a
 * plain {@code CREATE INDEX} holds a SHARE lock that stops every INSERT, UPDATE and DELETE on the table for the whole
 * build. Same attributes as {@code createIndex}; the plain statement on SQLite. Pre-deploy: old code's queries are
 * unaffected by a new index.
 *
 * <p>When it runs on a live connection it first drops an {@code INVALID} index of the same name, which a failed or
 * killed earlier try left behind ({@link CreateIndexConcurrentlyStatement#cleanUp}).
 */
@DatabaseChange(
        name = "createIndexConcurrently",
        description = "Creates an index without blocking writes to the table (CREATE INDEX CONCURRENTLY on"
                + " PostgreSQL); the changeset needs runInTransaction=\"false\" and no other change",
        priority = ChangeMetaData.PRIORITY_DEFAULT,
        appliesTo = "index")
public class CreateIndexConcurrentlyChange extends CreateIndexChange implements StagedChange {

    @Override
    public Stage syzygyStage() {
        return Stage.PRE_DEPLOY;
    }

    /** No warnings for an invalid change: its statements cannot be built ({@link ChangeWarnings}). */
    @Override
    public Warnings warn(Database database) {
        return ChangeWarnings.ofValid(this, database, () -> super.warn(database));
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors(this);
        String where = where();
        errors.checkRequiredField("indexName", getIndexName(), " on table " + getTableName());
        errors.checkRequiredField("tableName", getTableName(), " (index " + getIndexName() + ")");
        if (getColumns().isEmpty()) {
            ChangeErrors.add(
                    errors,
                    this,
                    FindingCode.INVALID_CHANGE,
                    where + " names no column.",
                    "nest column" + " elements with a name (or computed=\"true\" and an expression).");
        }
        if (Boolean.TRUE.equals(getClustered())) {
            ChangeErrors.add(
                    errors,
                    this,
                    FindingCode.INVALID_CHANGE,
                    where + " sets clustered=\"true\": PostgreSQL clusters a table with CLUSTER, which rewrites it"
                            + " under an ACCESS EXCLUSIVE lock, so it cannot be done concurrently.",
                    "remove clustered, or use createIndex with clustered=\"true\" in a maintenance window.");
        }
        ConcurrentIndexRules.checkPlainWord(errors, this, where, "using", getUsing());
        ConcurrentIndexRules.checkPlainWord(errors, this, where, "tablespace", getTablespace());
        if (getIndexName() != null && getTableName() != null) {
            ChangeErrors.unsafeName(errors, this, where, index().unsafeName());
        }
        ConcurrentIndexRules.checkChangeSet(errors, this, where);
        return ChangeErrors.coded(errors.hasErrors() ? errors : super.validate(database), getChangeSet());
    }

    private String where() {
        return "createIndexConcurrently " + (getIndexName() == null ? "" : getIndexName() + " ") + "on table "
                + getTableName();
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        CreateIndexConcurrentlyStatement create = statement();
        List<SqlStatement> statements = new ArrayList<>();
        if (ConcurrentIndexRules.isExecutingLive(database)) {
            try {
                statements.addAll(create.cleanUp(database));
            } catch (DatabaseException e) {
                throw new UnexpectedLiquibaseException(e.getMessage(), e);
            }
        }
        statements.add(create);
        return statements.toArray(SqlStatement[]::new);
    }

    /** The build itself, without the clean-up of an earlier try. */
    CreateIndexConcurrentlyStatement statement() {
        List<IndexColumn> keys = new ArrayList<>();
        for (AddColumnConfig column : getColumns()) {
            keys.add(new IndexColumn(
                    column.getName(),
                    Boolean.TRUE.equals(column.getComputed()),
                    Boolean.TRUE.equals(column.getDescending())));
        }
        return new CreateIndexConcurrentlyStatement(
                index(), Boolean.TRUE.equals(isUnique()), getUsing(), getTablespace(), keys);
    }

    private IndexRef index() {
        return new IndexRef(getCatalogName(), getSchemaName(), getTableName(), getIndexName());
    }

    @Override
    protected Change[] createInverses() {
        DropIndexConcurrentlyChange drop = new DropIndexConcurrentlyChange();
        drop.setCatalogName(getCatalogName());
        drop.setSchemaName(getSchemaName());
        drop.setTableName(getTableName());
        drop.setIndexName(getIndexName());
        return new Change[] {drop};
    }

    @Override
    public String getConfirmationMessage() {
        return "Index " + getIndexName() + " created concurrently on " + getTableName();
    }

    @Override
    public String getSerializedObjectNamespace() {
        return SyzygyNamespace.URI;
    }
}
