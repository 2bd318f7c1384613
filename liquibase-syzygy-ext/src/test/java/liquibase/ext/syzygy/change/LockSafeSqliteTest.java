package liquibase.ext.syzygy.change;

import static liquibase.ext.syzygy.testing.Jdbc.column;
import static liquibase.ext.syzygy.testing.Jdbc.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import liquibase.ext.syzygy.testing.Lb;
import liquibase.ext.syzygy.testing.Sqlite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** validateConstraint and addNotNullConstraintStaged on a real SQLite file. */
class LockSafeSqliteTest {

    private Sqlite sqlite;
    private Lb liquibase;

    @BeforeEach
    void createTables(TestInfo test) throws Exception {
        sqlite = new Sqlite("lock-safe-" + test.getTestMethod().orElseThrow().getName());
        liquibase = sqlite.liquibase();
        sqlite.exec(
                "CREATE TABLE customer (id INTEGER PRIMARY KEY)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer (id),"
                        + " status VARCHAR(20), qty INTEGER)",
                "CREATE INDEX orders_status ON orders (status)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)"
                        + " INSERT INTO orders (status) SELECT CASE WHEN i % 3 = 0 THEN 'paid' END FROM n");
    }

    @AfterEach
    void close() throws SQLException {
        sqlite.close();
    }

    @Test
    void validateConstraintDoesNothing() throws Exception {
        String schema = schema();
        liquibase.update("staged/lock-safe/validate-only.xml", "pre-deploy");
        assertThat(schema()).isEqualTo(schema);
        liquibase.rollbackCount("staged/lock-safe/validate-only.xml", 1, Lb.ALL);
    }

    @Test
    void fillsTheNullsThenMakesTheColumnNotNullNativelyAndRollbackDropsIt() throws Exception {
        liquibase.update("staged/lock-safe/not-null.xml", "post-deploy");

        assertThat(notNull()).isEqualTo("1");
        assertThat(column(sqlite.jdbc, "SELECT status FROM orders ORDER BY id"))
                .containsExactly("new", "new", "paid", "new", "new", "paid", "new", "new", "paid", "new");
        assertThatThrownBy(() -> sqlite.exec("INSERT INTO orders (status) VALUES (NULL)"))
                .hasMessageContaining("NOT NULL");
        assertThat(value(sqlite.jdbc, "SELECT count(*) FROM sqlite_schema WHERE name = 'orders_status'"))
                .isEqualTo("1");

        liquibase.rollbackCount("staged/lock-safe/not-null.xml", 1, Lb.ALL);
        assertThat(notNull()).isEqualTo("0");
        assertThat(value(sqlite.jdbc, "SELECT count(*) FROM orders WHERE status = 'new'"))
                .isEqualTo("7");
    }

    @Test
    void aTransactionalChangesetIsAllowedOnSqlite() throws Exception {
        liquibase.update("staged/lock-safe/not-null-in-transaction.xml", "post-deploy");
        assertThat(notNull()).isEqualTo("1");
    }

    @Test
    void aNullLeftWithoutDefaultNullValueFailsWithNothingChanged() throws Exception {
        String schema = schema();
        assertThatThrownBy(() -> liquibase.update("staged/lock-safe/not-null-no-default.xml", "post-deploy"))
                .hasStackTraceContaining("[NULLS_REMAIN] column orders.status still holds NULL values");
        assertThat(schema()).isEqualTo(schema);

        sqlite.exec("UPDATE orders SET status = 'old' WHERE status IS NULL");
        liquibase.update("staged/lock-safe/not-null-no-default.xml", "post-deploy");
        assertThat(notNull()).isEqualTo("1");
    }

    @Test
    void aNumericValueIsWrittenAsANumber() throws Exception {
        assertThatThrownBy(() -> liquibase.update("staged/lock-safe/not-null-numeric.xml", "post-deploy"))
                .hasStackTraceContaining("[INVALID_DEFAULT]");
        assertThat(value(sqlite.jdbc, "SELECT count(*) FROM orders WHERE qty IS NULL"))
                .isEqualTo("10");
    }

    private String notNull() throws SQLException {
        return value(sqlite.jdbc, "SELECT \"notnull\" FROM pragma_table_info('orders') WHERE name = 'status'");
    }

    private String schema() throws SQLException {
        return String.join(
                "\n",
                column(
                        sqlite.jdbc,
                        "SELECT sql FROM sqlite_schema WHERE name NOT LIKE 'DATABASECHANGELOG%' ORDER BY name"));
    }
}
