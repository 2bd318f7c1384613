package liquibase.ext.syzygy.sqlgenerator.postgresql;

import java.util.List;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.sqlgenerator.NullsRemain;
import liquibase.ext.syzygy.statement.AddNotNullStagedStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * The staged NOT NULL on PostgreSQL ({@link NotNullSteps}), on the path the connected server's version takes;
 * offline ({@code update-sql} without a database) the path every version from 12 on runs.
 */
public class AddNotNullStagedGeneratorPostgres extends PostgresGenerator<AddNotNullStagedStatement> {

    @Override
    public Sql[] generateSql(
            AddNotNullStagedStatement statement,
            Database database,
            SqlGeneratorChain<AddNotNullStagedStatement> sqlGeneratorChain) {
        String table = statement.column().escapedTable(database);
        String column = statement.column().escapedColumn(database);
        String nullCheck = DollarQuoted.doBlock("BEGIN\n    IF EXISTS (SELECT FROM " + table + " WHERE " + column
                + " IS NULL) THEN\n        RAISE EXCEPTION USING ERRCODE = 'not_null_violation', MESSAGE = "
                + DefaultValueSql.POSTGRESQL.render(NullsRemain.message(statement.column())) + ";\n    END IF;\nEND");
        List<String> steps = NotNullSteps.sql(
                NotNullSteps.forServer(majorVersion(database)),
                table,
                column,
                statement.constraint().escapedConstraint(database),
                nullCheck);
        return steps.stream()
                .map(sql -> new UnparsedSql(sql, statement.column().toColumn()))
                .toArray(Sql[]::new);
    }

    /** The connected server's major version; 0 when there is no live connection to ask. */
    private static int majorVersion(Database database) {
        if (!(database.getConnection() instanceof JdbcConnection)) {
            return 0;
        }
        try {
            return database.getDatabaseMajorVersion();
        } catch (DatabaseException e) {
            return 0;
        }
    }
}
