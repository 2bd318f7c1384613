package liquibase.ext.syzygy.sqlgenerator.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import liquibase.database.Database;
import liquibase.ext.syzygy.statement.AddNotNullStagedStatement;
import liquibase.ext.syzygy.statement.BackfillNullsStatement;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.ConstraintRef;
import liquibase.ext.syzygy.statement.ValidateConstraintStatement;
import liquibase.ext.syzygy.testing.Sqlite;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Golden SQL of the SQLite generators of validateConstraint and addNotNullConstraintStaged, on a real file. */
class LockSafeGeneratorsSqliteTest {

    private static final ColumnRef STATUS = new ColumnRef(null, null, "orders", "status");

    private Sqlite sqlite;
    private Database database;

    @BeforeEach
    void createTable() throws Exception {
        sqlite = new Sqlite("lock-safe-generators");
        sqlite.exec(
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, status VARCHAR(20))",
                "INSERT INTO orders (status) VALUES (NULL), (NULL), ('paid'), (NULL), (NULL), (NULL)");
        database = sqlite.database();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
        sqlite.close();
    }

    @Test
    void validateConstraintWritesNothing() {
        assertThat(sql(new ValidateConstraintStatement(new ConstraintRef(null, null, "orders", "fk"))))
                .isEmpty();
    }

    @Test
    void backfillWritesOneBatchPerBatchSizeOfNulls() {
        String batch = "UPDATE orders SET status = 'new' WHERE rowid IN (SELECT rowid FROM orders WHERE status IS"
                + " NULL LIMIT 2)";
        assertThat(sql(new BackfillNullsStatement(STATUS, "new", 2))).containsExactly(batch, batch, batch);
        assertThat(sql(new BackfillNullsStatement(STATUS, true, 5)))
                .containsExactly("UPDATE orders SET status = 1 WHERE rowid IN (SELECT rowid FROM orders WHERE"
                        + " status IS NULL LIMIT 5)");
    }

    @Test
    void notNullChecksForNullsThenEditsTheDefinition() {
        List<String> sql = sql(new AddNotNullStagedStatement(STATUS, "orders_status_not_null"));
        assertThat(sql.get(0))
                .startsWith("SELECT json_extract('{}', '[NULLS_REMAIN] column orders.status still holds NULL values")
                .endsWith("FROM orders WHERE status IS NULL LIMIT 1");
        assertThat(sql.subList(1, sql.size()))
                .startsWith(
                        "PRAGMA writable_schema=ON",
                        "UPDATE sqlite_schema SET sql = 'CREATE TABLE orders (id INTEGER PRIMARY KEY, status"
                                + " VARCHAR(20) NOT NULL)' WHERE type = 'table' AND name = 'orders'");
    }

    @Test
    void notNullOnAColumnThatIsAlreadyNotNullWritesNothing() throws Exception {
        sqlite.exec("CREATE TABLE done (id INTEGER PRIMARY KEY, status TEXT NOT NULL)");
        assertThat(sql(new AddNotNullStagedStatement(new ColumnRef(null, null, "done", "status"), "c")))
                .isEmpty();
    }

    private List<String> sql(SqlStatement statement) {
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, database);
        return Arrays.stream(sql).map(Sql::toSql).toList();
    }
}
