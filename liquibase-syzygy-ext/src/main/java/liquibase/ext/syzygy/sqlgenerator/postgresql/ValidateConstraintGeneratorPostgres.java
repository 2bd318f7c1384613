package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.ValidateConstraintStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * {@code ALTER TABLE t VALIDATE CONSTRAINT c}: scans the rows under SHARE UPDATE EXCLUSIVE (reads and writes go on;
 * a referenced table gets ROW SHARE), so it can run on a busy table. Validating a constraint that is already valid
 * does nothing.
 */
public class ValidateConstraintGeneratorPostgres extends PostgresGenerator<ValidateConstraintStatement> {

    @Override
    public Sql[] generateSql(
            ValidateConstraintStatement statement,
            Database database,
            SqlGeneratorChain<ValidateConstraintStatement> sqlGeneratorChain) {
        String sql = "ALTER TABLE " + statement.constraint().escapedTable(database) + " VALIDATE CONSTRAINT "
                + statement.constraint().escapedConstraint(database);
        return new Sql[] {new UnparsedSql(sql, statement.constraint().toTable())};
    }
}
