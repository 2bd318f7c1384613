package liquibase.ext.syzygy.sqlgenerator.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import liquibase.database.core.PostgresDatabase;
import liquibase.ext.syzygy.statement.AddNotNullStagedStatement;
import liquibase.ext.syzygy.statement.BackfillNullsStatement;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.ConstraintRef;
import liquibase.ext.syzygy.statement.ValidateConstraintStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;

/** Golden SQL of the PostgreSQL generators of validateConstraint and addNotNullConstraintStaged. */
class LockSafeGeneratorsPostgresTest {

    private static final PostgresDatabase PG = new PostgresDatabase();
    private static final ColumnRef STATUS = new ColumnRef(null, "app", "orders", "status");

    private static final String NULL_CHECK =
            """
            DO $syzygy$
            BEGIN
                IF EXISTS (SELECT FROM app.orders WHERE status IS NULL) THEN
                    RAISE EXCEPTION USING ERRCODE = 'not_null_violation', MESSAGE = '[NULLS_REMAIN] column \
            app.orders.status still holds NULL values, so it cannot be made NOT NULL; nothing was changed. Fix: give \
            addNotNullConstraintStaged a defaultNullValue to fill them (in batches), or update those rows in an \
            earlier changeset, and run the update again.';
                END IF;
            END
            $syzygy$""";

    @Test
    void validateConstraint() {
        assertThat(sql(new ValidateConstraintStatement(new ConstraintRef(null, "app", "orders", "fk_orders_customer"))))
                .isEqualTo("ALTER TABLE app.orders VALIDATE CONSTRAINT fk_orders_customer");
        assertThat(sql(new ValidateConstraintStatement(new ConstraintRef(null, null, "orders", "fk; DROP TABLE x"))))
                .isEqualTo("ALTER TABLE orders VALIDATE CONSTRAINT \"fk; DROP TABLE x\"");
    }

    @Test
    void addNotNullStagedOfflineTakesTheCheckPathThatEveryVersionFrom12Runs() {
        assertThat(sql(new AddNotNullStagedStatement(STATUS, "orders_status_not_null")))
                .isEqualTo(String.join(
                        ";\n",
                        "ALTER TABLE app.orders DROP CONSTRAINT IF EXISTS orders_status_not_null",
                        NULL_CHECK,
                        "ALTER TABLE app.orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL)"
                                + " NOT VALID",
                        "ALTER TABLE app.orders VALIDATE CONSTRAINT orders_status_not_null",
                        "ALTER TABLE app.orders ALTER COLUMN status SET NOT NULL",
                        "ALTER TABLE app.orders DROP CONSTRAINT orders_status_not_null"));
    }

    @Test
    void postgres18AddsTheNotNullConstraintItselfNotValid() {
        assertThat(NotNullSteps.sql(
                        NotNullSteps.forServer(18), "app.orders", "status", "orders_status_not_null", "CHECK"))
                .containsExactly(
                        "ALTER TABLE app.orders DROP CONSTRAINT IF EXISTS orders_status_not_null",
                        "CHECK",
                        "ALTER TABLE app.orders ADD CONSTRAINT orders_status_not_null NOT NULL status NOT VALID",
                        "ALTER TABLE app.orders VALIDATE CONSTRAINT orders_status_not_null");
    }

    @Test
    void thePathFollowsTheServerVersion() {
        assertThat(NotNullSteps.forServer(0)).isEqualTo(NotNullSteps.Path.CHECK_THEN_SET_NOT_NULL);
        assertThat(NotNullSteps.forServer(12)).isEqualTo(NotNullSteps.Path.CHECK_THEN_SET_NOT_NULL);
        assertThat(NotNullSteps.forServer(17)).isEqualTo(NotNullSteps.Path.CHECK_THEN_SET_NOT_NULL);
        assertThat(NotNullSteps.forServer(18)).isEqualTo(NotNullSteps.Path.NATIVE_NOT_VALID);
        assertThat(NotNullSteps.forServer(19)).isEqualTo(NotNullSteps.Path.NATIVE_NOT_VALID);
    }

    @Test
    void backfillCommitsEveryBatchUntilOneChangesNothing() {
        assertThat(sql(new BackfillNullsStatement(STATUS, "new", 500)))
                .isEqualTo(
                        """
                        DO $syzygy$
                        DECLARE
                            changed bigint;
                        BEGIN
                            LOOP
                                UPDATE app.orders SET status = 'new' WHERE status IS NULL AND ctid = ANY (ARRAY(SELECT \
                        ctid FROM app.orders WHERE status IS NULL LIMIT 500));
                                GET DIAGNOSTICS changed = ROW_COUNT;
                                COMMIT;
                                EXIT WHEN changed = 0;
                            END LOOP;
                        END
                        $syzygy$""");
        assertThat(sql(new BackfillNullsStatement(STATUS, new BigDecimal("0"), 1)))
                .contains("SET status = 0 WHERE");
    }

    @Test
    void aValueHoldingTheDollarTagCannotEndTheBlock() {
        String hostile = "x$syzygy$; DROP TABLE orders; --";
        String sql = sql(new BackfillNullsStatement(STATUS, hostile, 10));
        assertThat(sql).startsWith("DO $syzygy1$\n").endsWith("\n$syzygy1$");
        assertThat(sql).contains("SET status = 'x$syzygy$; DROP TABLE orders; --' WHERE");
        assertThat(DollarQuoted.doBlock("a $syzygy$ b $syzygy1$")).startsWith("DO $syzygy2$");
    }

    private static String sql(SqlStatement statement) {
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, PG);
        return Arrays.stream(sql).map(Sql::toSql).collect(Collectors.joining(";\n"));
    }
}
