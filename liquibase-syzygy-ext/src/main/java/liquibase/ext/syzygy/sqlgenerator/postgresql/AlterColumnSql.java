package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;

/** {@code ALTER TABLE t ALTER COLUMN c <action>}, the shape of every PostgreSQL column edit here. */
final class AlterColumnSql {

    private AlterColumnSql() {}

    static Sql[] of(ColumnRef column, Database database, String action) {
        String sql = "ALTER TABLE " + column.escapedTable(database) + " ALTER COLUMN " + column.escapedColumn(database)
                + " " + action;
        return new Sql[] {new UnparsedSql(sql, column.toColumn())};
    }
}
