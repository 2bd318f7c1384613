package liquibase.ext.syzygy.change;

import java.util.ArrayList;
import java.util.List;
import liquibase.change.ChangeMetaData;
import liquibase.change.ColumnConfig;
import liquibase.change.DatabaseChange;
import liquibase.change.core.DropColumnChange;
import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
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

    @Override
    public ValidationErrors validate(Database database) {
        if (!(database instanceof SQLiteDatabase)) {
            return super.validate(database);
        }
        ValidationErrors errors = new ValidationErrors(this);
        errors.checkRequiredField("tableName", getTableName());
        if (columnNames().isEmpty()) {
            errors.addError("dropColumn on table " + getTableName() + " names no column: set columnName, or nest"
                    + " column elements with a name");
        }
        if (columnNames().contains(null)) {
            errors.addError("dropColumn on table " + getTableName() + " has a nested column without a name");
        }
        return errors;
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        if (!(database instanceof SQLiteDatabase)) {
            return super.generateStatements(database);
        }
        return columnNames().stream()
                .map(name -> new NativeDropColumnStatement(
                        new ColumnRef(getCatalogName(), getSchemaName(), getTableName(), name)))
                .toArray(SqlStatement[]::new);
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
