package liquibase.ext.syzygy.sqlgenerator.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import liquibase.database.core.PostgresDatabase;
import liquibase.ext.syzygy.statement.AddColumnStagedStatement;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;

/** Golden SQL of every PostgreSQL generator, through Liquibase's generator factory. */
class PostgresGeneratorsTest {

    private static final PostgresDatabase PG = new PostgresDatabase();
    private static final ColumnRef NICK = new ColumnRef(null, "app", "person", "nick");

    @Test
    void addColumnStaged() {
        assertThat(sql(new AddColumnStagedStatement(NICK, "varchar(20)", "anon", false)))
                .isEqualTo(
                        """
                        ALTER TABLE app.person ADD COLUMN nick VARCHAR(20) DEFAULT 'anon' NOT NULL""");
        assertThat(sql(new AddColumnStagedStatement(
                        new ColumnRef(null, null, "person", "Order"), "int", new BigDecimal("0"), false)))
                .isEqualTo(
                        """
                        ALTER TABLE person ADD COLUMN "Order" INTEGER DEFAULT 0 NOT NULL""");
        assertThat(sql(new AddColumnStagedStatement(NICK, "boolean", null, true)))
                .isEqualTo("""
                        ALTER TABLE app.person ADD COLUMN nick BOOLEAN""");
    }

    @Test
    void dropColumnDefault() {
        assertThat(sql(new DropColumnDefaultStatement(NICK)))
                .isEqualTo("""
                ALTER TABLE app.person ALTER COLUMN nick DROP DEFAULT""");
    }

    @Test
    void setColumnDefault() {
        assertThat(sql(new SetColumnDefaultStatement(NICK, "x'); DROP TABLE person; --")))
                .isEqualTo(
                        """
                        ALTER TABLE app.person ALTER COLUMN nick SET DEFAULT 'x''); DROP TABLE person; --'""");
        assertThat(sql(new SetColumnDefaultStatement(NICK, "a\\'b")))
                .isEqualTo(
                        """
                        ALTER TABLE app.person ALTER COLUMN nick SET DEFAULT E'a\\\\''b'""");
        assertThat(sql(new SetColumnDefaultStatement(NICK, true)))
                .isEqualTo("""
                ALTER TABLE app.person ALTER COLUMN nick SET DEFAULT TRUE""");
        assertThat(sql(new SetColumnDefaultStatement(NICK, new DatabaseFunction("now()"))))
                .isEqualTo("""
                        ALTER TABLE app.person ALTER COLUMN nick SET DEFAULT now()""");
        assertThat(sql(new SetColumnDefaultStatement(NICK, java.sql.Date.valueOf("2024-01-31"))))
                .isEqualTo(
                        """
                        ALTER TABLE app.person ALTER COLUMN nick SET DEFAULT '2024-01-31'""");
    }

    @Test
    void setColumnNullable() {
        assertThat(sql(new SetColumnNullableStatement(NICK, true)))
                .isEqualTo("""
                ALTER TABLE app.person ALTER COLUMN nick DROP NOT NULL""");
        assertThat(sql(new SetColumnNullableStatement(NICK, false)))
                .isEqualTo("""
                ALTER TABLE app.person ALTER COLUMN nick SET NOT NULL""");
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreQuotedWithQuotesDoubled() {
        ColumnRef hostile = new ColumnRef(null, "a\"pp", "per son", "x\" text; CREATE TABLE pwned (id int); --");
        assertThat(sql(new DropColumnDefaultStatement(hostile)))
                .isEqualTo(
                        """
                        ALTER TABLE "a""pp"."per son" ALTER COLUMN "x"" text; CREATE TABLE pwned (id int); --" \
                        DROP DEFAULT""");
        assertThat(sql(new AddColumnStagedStatement(
                        new ColumnRef(null, "app", "Person", "naïve"), "int", new BigDecimal("0"), false)))
                .as("plain names keep Liquibase's quoting; others are quoted as written")
                .isEqualTo(
                        """
                        ALTER TABLE app."Person" ADD COLUMN "naïve" INTEGER DEFAULT 0 NOT NULL""");
    }

    private static String sql(SqlStatement statement) {
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, PG);
        return Arrays.stream(sql).map(Sql::toSql).collect(Collectors.joining(";\n"));
    }
}
