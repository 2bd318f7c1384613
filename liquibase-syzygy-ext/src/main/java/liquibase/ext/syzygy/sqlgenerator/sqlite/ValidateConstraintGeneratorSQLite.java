package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.ValidateConstraintStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * {@code validateConstraint} on SQLite does nothing, on purpose: SQLite has no constraint that is checked for new
 * rows only, so every constraint it has is already as valid as it will get (a CHECK or NOT NULL is in the table's
 * definition and binds every row; foreign keys are checked by {@code PRAGMA foreign_keys}, not per constraint). A
 * changelog written for PostgreSQL then runs unchanged on SQLite, for example in tests.
 */
public class ValidateConstraintGeneratorSQLite extends SqliteGenerator<ValidateConstraintStatement> {

    @Override
    public Sql[] generateSql(
            ValidateConstraintStatement statement,
            Database database,
            SqlGeneratorChain<ValidateConstraintStatement> sqlGeneratorChain) {
        return new Sql[0];
    }
}
