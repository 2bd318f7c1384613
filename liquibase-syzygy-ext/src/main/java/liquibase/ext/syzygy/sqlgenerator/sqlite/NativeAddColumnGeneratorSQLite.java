package liquibase.ext.syzygy.sqlgenerator.sqlite;

import java.util.List;
import java.util.Optional;
import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.ColumnTypes;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.NotNullConstraint;
import liquibase.statement.core.AddColumnStatement;

/**
 * Liquibase's {@code addColumn} on SQLite as one native {@code ALTER TABLE t ADD COLUMN c type DEFAULT v NOT NULL}
 * per column, instead of core's emulation, which rebuilds the table and loses the column's NOT NULL and default
 * (so a {@code <rollback>} that re-adds a dropped column did not restore it).
 *
 * <p>It takes only what SQLite's ADD COLUMN does itself: no primary key, UNIQUE, foreign key, autoincrement,
 * computed column, remarks or position, a NOT NULL column with a constant default, and a type that is only a type
 * ({@link ColumnTypes}). Anything else goes on to
 * core's generator unchanged ({@link #supports}). SQL generators do not take part in checksums.
 */
public class NativeAddColumnGeneratorSQLite extends SqliteGenerator<AddColumnStatement> {

    /** Outranks core's {@code AddColumnGeneratorSQLite}, which has {@code PRIORITY_DATABASE}. */
    @Override
    public int getPriority() {
        return PRIORITY_DATABASE + 1;
    }

    @Override
    public boolean supports(AddColumnStatement statement, Database database) {
        return super.supports(statement, database)
                && columns(statement).stream().allMatch(c -> isNative(c, database));
    }

    @Override
    public ValidationErrors validate(
            AddColumnStatement statement, Database database, SqlGeneratorChain<AddColumnStatement> chain) {
        return chain.validate(statement, database);
    }

    @Override
    public Sql[] generateSql(
            AddColumnStatement statement, Database database, SqlGeneratorChain<AddColumnStatement> chain) {
        return columns(statement).stream()
                .map(column -> addColumn(column, database))
                .toArray(Sql[]::new);
    }

    private static Sql addColumn(AddColumnStatement column, Database database) {
        ColumnRef ref = new ColumnRef(
                column.getCatalogName(), column.getSchemaName(), column.getTableName(), column.getColumnName());
        StringBuilder sql = new StringBuilder("ALTER TABLE ")
                .append(ref.escapedTable(database))
                .append(" ADD COLUMN ")
                .append(ref.escapedColumn(database))
                .append(' ')
                .append(DataTypeFactory.getInstance()
                        .fromDescription(column.getColumnType(), database)
                        .toDatabaseDataType(database)
                        .toSql());
        defaultSql(column, database).ifPresent(value -> sql.append(" DEFAULT ").append(value));
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        return new UnparsedSql(sql.toString(), ref.toColumn());
    }

    private static List<AddColumnStatement> columns(AddColumnStatement statement) {
        return statement.isMultiple() ? statement.getColumns() : List.of(statement);
    }

    private static boolean isNative(AddColumnStatement column, Database database) {
        boolean plain = column.getTableName() != null
                && column.getColumnName() != null
                && column.getColumnType() != null
                && ColumnTypes.isSafe(column.getColumnType())
                && column.getConstraints().stream().allMatch(NotNullConstraint.class::isInstance)
                && column.getRemarks() == null
                && !Boolean.TRUE.equals(column.getComputed())
                && column.getAddAfterColumn() == null
                && column.getAddBeforeColumn() == null
                && column.getAddAtPosition() == null;
        if (!plain || column.getDefaultValue() instanceof DatabaseFunction) {
            return false;
        }
        boolean literal =
                column.getDefaultValue() == null || defaultSql(column, database).isPresent();
        return literal && (column.isNullable() || column.getDefaultValue() != null);
    }

    /** The default as a literal: the extension's for strings, numbers and booleans, core's for dates. */
    private static Optional<String> defaultSql(AddColumnStatement column, Database database) {
        Object value = column.getDefaultValue();
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof java.util.Date) {
            return Optional.of(DataTypeFactory.getInstance()
                    .fromDescription(column.getColumnType(), database)
                    .objectToSql(value, database));
        }
        try {
            return Optional.of(DefaultValueSql.SQLITE.render(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
