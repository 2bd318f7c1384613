package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/** {@code ALTER TABLE t ALTER COLUMN c SET DEFAULT v}: catalog-only, existing rows are not touched. */
public class SetColumnDefaultGeneratorPostgres extends PostgresGenerator<SetColumnDefaultStatement> {

    @Override
    public Sql[] generateSql(
            SetColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<SetColumnDefaultStatement> sqlGeneratorChain) {
        String value = DefaultValueSql.POSTGRESQL.render(statement.defaultValue());
        return AlterColumnSql.of(statement.column(), database, "SET DEFAULT " + value);
    }
}
