package liquibase.ext.syzygy.change;

import static liquibase.ext.syzygy.testing.Jdbc.column;
import static liquibase.ext.syzygy.testing.Jdbc.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import liquibase.ext.syzygy.testing.Lb;
import liquibase.ext.syzygy.testing.Pg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** validateConstraint and addNotNullConstraintStaged on a real PostgreSQL, each test in its own schema. */
class LockSafePostgresTest {

    private Pg pg;
    private Lb liquibase;

    @BeforeEach
    void createTables() throws SQLException {
        pg = new Pg();
        liquibase = pg.liquibase();
        pg.exec("CREATE TABLE customer (id int PRIMARY KEY)");
        pg.exec("CREATE TABLE orders (id serial PRIMARY KEY, customer_id int, status varchar(20), qty int)");
        pg.exec("INSERT INTO customer VALUES (1)");
        pg.exec("INSERT INTO orders (customer_id, status) SELECT 1, CASE WHEN i % 3 = 0 THEN 'paid' END"
                + " FROM generate_series(1, 10) i");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        pg.close();
    }

    @Test
    void aForeignKeyAddedNotValidIsValidatedByValidateConstraint() throws Exception {
        liquibase.update("staged/lock-safe/fk.xml", "pre-deploy");

        assertThat(value(pg.jdbc, "SELECT convalidated FROM pg_constraint WHERE conname = 'fk_orders_customer'"))
                .isEqualTo("t");
        liquibase.rollbackCount("staged/lock-safe/fk.xml", 1, Lb.ALL);
        assertThat(value(pg.jdbc, "SELECT convalidated FROM pg_constraint WHERE conname = 'fk_orders_customer'"))
                .as("rolling validateConstraint back changes nothing")
                .isEqualTo("t");
    }

    @Test
    void validateConstraintFailsOnARowThatBreaksTheConstraint() throws Exception {
        pg.exec("INSERT INTO orders (customer_id) VALUES (99)");
        assertThatThrownBy(() -> liquibase.update("staged/lock-safe/fk.xml", "pre-deploy"))
                .hasStackTraceContaining("fk_orders_customer");
        assertThat(value(pg.jdbc, "SELECT convalidated FROM pg_constraint WHERE conname = 'fk_orders_customer'"))
                .isEqualTo("f");
    }

    @Test
    void fillsTheNullsInBatchesThenMakesTheColumnNotNullAndLeavesNoHelper() throws Exception {
        liquibase.update("staged/lock-safe/not-null.xml", "post-deploy");

        assertThat(nullable()).isEqualTo("NO");
        assertThat(column(pg.jdbc, "SELECT status FROM orders ORDER BY id"))
                .containsExactly("new", "new", "paid", "new", "new", "paid", "new", "new", "paid", "new");
        assertThat(value(pg.jdbc, "SELECT count(DISTINCT xmin::text) FROM orders WHERE status = 'new'"))
                .as("7 NULLs in batches of 2: 4 transactions")
                .isEqualTo("4");
        assertThat(helpers()).isEqualTo("0");

        liquibase.rollbackCount("staged/lock-safe/not-null.xml", 1, Lb.ALL);
        assertThat(nullable()).isEqualTo("YES");
        assertThat(value(pg.jdbc, "SELECT count(*) FROM orders WHERE status = 'new'"))
                .as("the backfilled values stay")
                .isEqualTo("7");
    }

    @Test
    void aNullLeftWithoutDefaultNullValueFailsWithNothingChanged() throws Exception {
        assertThatThrownBy(() -> liquibase.update("staged/lock-safe/not-null-no-default.xml", "post-deploy"))
                .hasStackTraceContaining("[NULLS_REMAIN] column orders.status still holds NULL values");
        assertThat(nullable()).isEqualTo("YES");
        assertThat(helpers()).isEqualTo("0");

        pg.exec("UPDATE orders SET status = 'old' WHERE status IS NULL");
        liquibase.update("staged/lock-safe/not-null-no-default.xml", "post-deploy");
        assertThat(nullable()).isEqualTo("NO");
    }

    @Test
    void aRunAfterOneKilledMidWayStartsOverCleanly() throws Exception {
        // What a deployer killed right after ADD CONSTRAINT ... NOT VALID leaves behind.
        pg.exec("ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID");

        liquibase.update("staged/lock-safe/not-null.xml", "post-deploy");

        assertThat(nullable()).isEqualTo("NO");
        assertThat(helpers()).isEqualTo("0");
    }

    @Test
    void aTransactionalChangesetIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> liquibase.update("staged/lock-safe/not-null-in-transaction.xml", "post-deploy"))
                .hasStackTraceContaining("[INVALID_CHANGE] staged/lock-safe/not-null-in-transaction.xml::not-null"
                        + "::syzygy: addNotNullConstraintStaged on column orders.status is in a changeset that runs"
                        + " in one transaction")
                .hasStackTraceContaining("set runInTransaction=\"false\"");
        assertThatThrownBy(() -> liquibase.update("staged/lock-safe/not-null-mixed.xml", "post-deploy"))
                .hasStackTraceContaining("shares its runInTransaction=\"false\" changeset with a createIndex");
        assertThatThrownBy(() -> liquibase.update("staged/lock-safe/not-null-numeric.xml", "post-deploy"))
                .hasStackTraceContaining("[INVALID_DEFAULT]")
                .hasStackTraceContaining("'12abc' is not a number");
    }

    @Test
    void nothingRanAfterARefusal() throws Exception {
        aTransactionalChangesetIsRefusedBeforeAnythingRuns();
        assertThat(value(pg.jdbc, "SELECT count(*) FROM orders WHERE status IS NULL"))
                .isEqualTo("7");
        assertThat(nullable()).isEqualTo("YES");
    }

    @Test
    void updateSqlShowsEveryStep() throws Exception {
        String sql = liquibase.updateSql("staged/lock-safe/not-null.xml", "post-deploy");
        String table = pg.schema + ".orders";
        assertThat(sql)
                .contains("UPDATE " + table + " SET status = 'new' WHERE status IS NULL AND ctid")
                .contains("ALTER TABLE " + table + " ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT"
                        + " NULL) NOT VALID;")
                .contains("ALTER TABLE " + table + " ALTER COLUMN status SET NOT NULL;");
    }

    private String nullable() throws SQLException {
        return value(
                pg.jdbc,
                "SELECT is_nullable FROM information_schema.columns WHERE table_schema = '" + pg.schema
                        + "' AND table_name = 'orders' AND column_name = 'status'");
    }

    private String helpers() throws SQLException {
        return value(
                pg.jdbc,
                "SELECT count(*) FROM pg_constraint WHERE conrelid = '" + pg.schema + ".orders'::regclass"
                        + " AND contype = 'c'");
    }
}
