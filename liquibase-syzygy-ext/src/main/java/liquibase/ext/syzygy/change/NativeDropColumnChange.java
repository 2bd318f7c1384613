package liquibase.ext.syzygy.change;

import java.util.ArrayList;
import java.util.List;
import liquibase.change.ChangeMetaData;
import liquibase.change.ColumnConfig;
import liquibase.change.DatabaseChange;
import liquibase.change.core.DropColumnChange;
import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.RollbackImpossibleException;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.NativeDropColumnStatement;
import liquibase.statement.SqlStatement;

/**
 * Liquibase's {@code dropColumn}, made to work on SQLite: core's SQLite path rebuilds the table without removing
 * a column named by {@code columnName}, yet marks the changeset executed. On SQLite this emits one native
 * {@code ALTER TABLE ... DROP COLUMN} per column; on every other database it is core's change unchanged.
 *
 * <p>It adds no property and keeps core's name, so its checksum equals core's for the same changeset.
 */
@DatabaseChange(
        name = "dropColumn",
        description = "Drop existing column(s).",
        priority = ChangeMetaData.PRIORITY_DATABASE,
        appliesTo = "column")
public class NativeDropColumnChange extends DropColumnChange implements StagedChange {

    @Override
    public Stage syzygyStage() {
        return Stage.POST_DEPLOY;
    }

    @Override
    public boolean supports(Database database) {
        return database instanceof SQLiteDatabase || super.supports(database);
    }

    @Override
    public boolean generateStatementsVolatile(Database database) {
        return !(database instanceof SQLiteDatabase) && super.generateStatementsVolatile(database);
    }

    /** No warnings for an invalid change: its statements cannot be built ({@link ChangeWarnings}). */
    @Override
    public Warnings warn(Database database) {
        return ChangeWarnings.ofValid(this, database, () -> super.warn(database));
    }

    @Override
    public ValidationErrors validate(Database database) {
        if (!(database instanceof SQLiteDatabase)) {
            return ChangeErrors.coded(super.validate(database), getChangeSet());
        }
        ValidationErrors errors = new ValidationErrors(this);
        if (getTableName() == null) {
            invalid(errors, "dropColumn names no table.", "set tableName.");
        }
        if (columnNames().isEmpty()) {
            invalid(
                    errors,
                    "dropColumn on table " + getTableName() + " names no column.",
                    "set columnName, or nest column elements with a name.");
        }
        if (columnNames().contains(null)) {
            invalid(
                    errors,
                    "dropColumn on table " + getTableName() + " has a nested column without a name.",
                    "give every nested column a name.");
        }
        if (errors.hasErrors()) {
            return errors;
        }
        for (String name : columnNames()) {
            ChangeErrors.unsafeName(
                    errors,
                    this,
                    "dropColumn on table " + getTableName(),
                    columnRef(name).unsafeName());
        }
        return errors;
    }

    private void invalid(ValidationErrors errors, String message, String hint) {
        ChangeErrors.add(errors, this, FindingCode.INVALID_CHANGE, message, hint);
    }

    /**
     * Core's dropColumn has no automatic rollback; core's own message would name this class. Say instead what the
     * user can do.
     */
    @Override
    public SqlStatement[] generateRollbackStatements(Database database) throws RollbackImpossibleException {
        try {
            return super.generateRollbackStatements(database);
        } catch (RollbackImpossibleException e) {
            throw new RollbackImpossibleException(ChangeErrors.format(
                    getChangeSet(),
                    FindingCode.NO_ROLLBACK,
                    "dropColumn on table " + getTableName() + " cannot be rolled back automatically: the column's"
                            + " type, constraints and data are not in the change.",
                    "add a <rollback> block to the changeset that adds the column back (addColumn with its type,"
                            + " constraints and default)."));
        }
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        if (!(database instanceof SQLiteDatabase)) {
            return super.generateStatements(database);
        }
        return columnNames().stream()
                .map(name -> new NativeDropColumnStatement(columnRef(name)))
                .toArray(SqlStatement[]::new);
    }

    private ColumnRef columnRef(String name) {
        return new ColumnRef(getCatalogName(), getSchemaName(), getTableName(), name);
    }

    /** The nested columns' names, or else {@code columnName}, as core reads them. */
    private List<String> columnNames() {
        List<String> names = new ArrayList<>();
        if (getColumns() != null && !getColumns().isEmpty()) {
            getColumns().stream().map(ColumnConfig::getName).forEach(names::add);
        } else if (getColumnName() != null) {
            names.add(getColumnName());
        }
        return names;
    }
}
