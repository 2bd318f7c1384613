package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/** {@code ALTER TABLE t ALTER COLUMN c DROP NOT NULL} or {@code SET NOT NULL}. */
public class SetColumnNullableGeneratorPostgres extends PostgresGenerator<SetColumnNullableStatement> {

    @Override
    public Sql[] generateSql(
            SetColumnNullableStatement statement,
            Database database,
            SqlGeneratorChain<SetColumnNullableStatement> sqlGeneratorChain) {
        return AlterColumnSql.of(statement.column(), database, statement.nullable() ? "DROP NOT NULL" : "SET NOT NULL");
    }
}
