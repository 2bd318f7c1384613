package liquibase.ext.syzygy.sqlgenerator;

import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.statement.AddColumnStagedStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;

/**
 * The native {@code ALTER TABLE t ADD COLUMN c type DEFAULT v NOT NULL} that PostgreSQL and SQLite share; only the
 * way a default value is written differs between them ({@link DefaultValueSql}).
 */
public final class AddColumnSql {

    private AddColumnSql() {}

    /** The one statement that adds {@code statement}'s column, its default written for {@code dialect}. */
    public static Sql[] of(AddColumnStagedStatement statement, Database database, DefaultValueSql dialect) {
        StringBuilder sql = new StringBuilder("ALTER TABLE ")
                .append(statement.column().escapedTable(database))
                .append(" ADD COLUMN ")
                .append(statement.column().escapedColumn(database))
                .append(' ')
                .append(DataTypeFactory.getInstance()
                        .fromDescription(statement.columnType(), database)
                        .toDatabaseDataType(database)
                        .toSql());
        if (statement.defaultValue() != null) {
            sql.append(" DEFAULT ").append(dialect.render(statement.defaultValue()));
        }
        if (!statement.nullable()) {
            sql.append(" NOT NULL");
        }
        return new Sql[] {new UnparsedSql(sql.toString(), statement.column().toColumn())};
    }

    /** The error both databases give a NOT NULL column without a default: old INSERTs would fail. */
    public static void requireDefaultWhenNotNull(AddColumnStagedStatement statement, ValidationErrors errors) {
        if (!statement.nullable() && statement.defaultValue() == null) {
            errors.addError("column " + statement.column() + " is NOT NULL without a default");
        }
    }
}
