package liquibase.ext.syzygy.change;

import java.util.ArrayList;
import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.ChangeWithColumns;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.statement.AddColumnStagedStatement;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.ColumnTypes;
import liquibase.statement.SequenceNextValueFunction;
import liquibase.statement.SqlStatement;
import liquibase.util.ISODateFormat;

/**
 * Pre-deploy half of adding a column: adds it like {@code addColumn}, but a NOT NULL column must have a default,
 * and the default stays in the database so that old code's INSERTs, which do not name the column, keep working.
 * {@code postAddColumn} drops the default once the new code writes the column itself.
 */
@DatabaseChange(
        name = "addColumnStaged",
        description = "Adds columns whose database default stays in place until postAddColumn, so that code that"
                + " does not know the columns can still insert rows",
        priority = ChangeMetaData.PRIORITY_DEFAULT,
        appliesTo = "table")
public class AddColumnStagedChange extends AbstractTableChange
        implements ChangeWithColumns<AddColumnConfig>, StagedChange {

    private List<AddColumnConfig> columns = new ArrayList<>();

    @Override
    @DatabaseChangeProperty(
            requiredForDatabase = "all",
            description = "The columns to add: name, type, a default value attribute and"
                    + " constraints nullable=...; a NOT NULL column needs a default")
    public List<AddColumnConfig> getColumns() {
        return columns;
    }

    @Override
    public void setColumns(List<AddColumnConfig> columns) {
        this.columns = columns;
    }

    @Override
    public void addColumn(AddColumnConfig column) {
        columns.add(column);
    }

    @Override
    public Stage syzygyStage() {
        return Stage.PRE_DEPLOY;
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors(this);
        for (AddColumnConfig column : columns) {
            validateColumn(column, errors);
        }
        return errors.hasErrors() ? errors : ChangeErrors.coded(super.validate(database), getChangeSet());
    }

    private void validateColumn(AddColumnConfig column, ValidationErrors errors) {
        String where = "addColumnStaged on table " + getTableName() + ", column " + column.getName();
        errors.checkRequiredField("column name", column.getName(), " in addColumnStaged on table " + getTableName());
        errors.checkRequiredField("type", column.getType(), " in " + where);
        if (getTableName() != null && column.getName() != null) {
            ChangeErrors.unsafeName(errors, this, where, columnRef(column).unsafeName());
        }
        if (column.getType() != null && !ColumnTypes.isSafe(column.getType())) {
            ChangeErrors.add(
                    errors,
                    this,
                    FindingCode.INVALID_CHANGE,
                    where + ": type '" + column.getType() + "' is not a column type.",
                    ColumnTypes.HINT);
        }
        unsupported(column)
                .forEach(what -> ChangeErrors.add(
                        errors,
                        this,
                        FindingCode.INVALID_CHANGE,
                        where + ": " + what + " is not supported by addColumnStaged.",
                        "add it in a separate changeset (for example createIndex, addForeignKeyConstraint or"
                                + " setColumnRemarks)."));
        writtenDefaults(column).validate(errors, this, where);
        if (!isNullable(column) && column.getDefaultValueObject() == null) {
            ChangeErrors.add(
                    errors,
                    this,
                    FindingCode.INVALID_CHANGE,
                    where + " is NOT NULL but has no default."
                            + " Old application code inserts rows without this column during the rollout, so the database"
                            + " must supply a value.",
                    "give the column a default (defaultValue, defaultValueNumeric,"
                            + " defaultValueBoolean, defaultValueDate or defaultValueComputed), or make it nullable"
                            + " (constraints nullable=\"true\").");
        }
    }

    /** The column's default attributes as written in the changelog, or as set in code. */
    private static DefaultValueAttributes writtenDefaults(AddColumnConfig column) {
        if (column instanceof StagedColumnConfig staged && staged.writtenDefaults() != null) {
            return staged.writtenDefaults();
        }
        return new DefaultValueAttributes(
                column.getDefaultValue(),
                text(column.getDefaultValueNumeric()),
                text(column.getDefaultValueBoolean()),
                column.getDefaultValueDate() == null ? null : new ISODateFormat().format(column.getDefaultValueDate()),
                text(column.getDefaultValueComputed()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Columns are {@link StagedColumnConfig}s, which keep their default attributes as written. */
    @Override
    protected ColumnConfig createEmptyColumnConfig(Class collectionType) {
        return new StagedColumnConfig();
    }

    private ColumnRef columnRef(ColumnConfig column) {
        return new ColumnRef(getCatalogName(), getSchemaName(), getTableName(), column.getName());
    }

    private static List<String> unsupported(AddColumnConfig column) {
        List<String> found = new ArrayList<>();
        ConstraintsConfig constraints = column.getConstraints();
        if (constraints != null) {
            check(found, Boolean.TRUE.equals(constraints.isPrimaryKey()), "primaryKey");
            check(found, Boolean.TRUE.equals(constraints.isUnique()), "unique");
            check(
                    found,
                    constraints.getReferences() != null || constraints.getReferencedTableName() != null,
                    "a foreign key (references/referencedTableName)");
        }
        check(found, Boolean.TRUE.equals(column.isAutoIncrement()), "autoIncrement");
        check(found, Boolean.TRUE.equals(column.getComputed()), "computed");
        check(found, column.getValueObject() != null, "a value attribute (it updates every row)");
        check(found, column.getDefaultValueObject() instanceof SequenceNextValueFunction, "defaultValueSequenceNext");
        check(
                found,
                column.getAfterColumn() != null || column.getBeforeColumn() != null || column.getPosition() != null,
                "afterColumn/beforeColumn/position");
        check(found, column.getRemarks() != null, "remarks");
        return found;
    }

    private static void check(List<String> found, boolean condition, String what) {
        if (condition) {
            found.add(what);
        }
    }

    private static boolean isNullable(ColumnConfig column) {
        ConstraintsConfig constraints = column.getConstraints();
        return constraints == null || constraints.isNullable() == null || constraints.isNullable();
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return columns.stream()
                .map(column -> new AddColumnStagedStatement(
                        columnRef(column), column.getType(), column.getDefaultValueObject(), isNullable(column)))
                .toArray(SqlStatement[]::new);
    }

    @Override
    protected Change[] createInverses() {
        NativeDropColumnChange drop = new NativeDropColumnChange();
        drop.setCatalogName(getCatalogName());
        drop.setSchemaName(getSchemaName());
        drop.setTableName(getTableName());
        for (AddColumnConfig column : columns) {
            drop.addColumn(new ColumnConfig().setName(column.getName()));
        }
        return new Change[] {drop};
    }

    /**
     * The matching column of this change, when it adds {@code columnName} to the given table; a schema left out
     * (on either side) is {@code defaultSchema}. Catalogs are not compared: neither PostgreSQL nor SQLite qualifies
     * a table by catalog.
     */
    AddColumnConfig column(String schema, String table, String columnName, String defaultSchema) {
        String own = getSchemaName() == null ? defaultSchema : getSchemaName();
        if (!sameName(schema == null ? defaultSchema : schema, own) || !sameName(table, getTableName())) {
            return null;
        }
        return columns.stream()
                .filter(column -> sameName(columnName, column.getName()))
                .findFirst()
                .orElse(null);
    }

    private static boolean sameName(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    @Override
    public String getConfirmationMessage() {
        List<String> names = columns.stream().map(ColumnConfig::getName).toList();
        return "Columns " + String.join(", ", names) + " added to " + getTableName() + " with their defaults kept";
    }
}
