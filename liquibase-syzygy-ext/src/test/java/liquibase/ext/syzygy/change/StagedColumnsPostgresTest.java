package liquibase.ext.syzygy.change;

import static liquibase.ext.syzygy.testing.Jdbc.column;
import static liquibase.ext.syzygy.testing.Jdbc.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import liquibase.ext.syzygy.testing.Lb;
import liquibase.ext.syzygy.testing.Pg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staged column changes on a real PostgreSQL, each test in its own schema. */
class StagedColumnsPostgresTest {

    private Pg pg;
    private Lb liquibase;

    @BeforeEach
    void createTable() throws SQLException {
        pg = new Pg();
        liquibase = pg.liquibase();
        pg.exec("CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL,"
                + " legacy_code text NOT NULL, legacy_flag int NOT NULL)");
        oldCodeInsert();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        pg.close();
    }

    /** What the old application version does: it knows none of the staged columns. */
    private void oldCodeInsert() throws SQLException {
        pg.exec("INSERT INTO person (name, legacy_code, legacy_flag) VALUES ('old', 'c', 1)");
    }

    /** What the new application version does: it knows the new column and no longer writes the legacy ones. */
    private void newCodeInsert(String columns, String values) throws SQLException {
        pg.exec("INSERT INTO person (name" + columns + ") VALUES ('new'" + values + ")");
    }

    @Test
    void addColumnStagedKeepsOldInsertsWorkingWithoutRewritingTheTable() throws Exception {
        String fileBefore = value(pg.jdbc, "SELECT pg_relation_filenode('person')");

        liquibase.update("staged/add-column.xml", "pre-deploy");

        assertThat(value(pg.jdbc, "SELECT pg_relation_filenode('person')")).isEqualTo(fileBefore);
        oldCodeInsert();
        assertThat(column(pg.jdbc, "SELECT nick FROM person ORDER BY id")).containsExactly("anon", "anon");
        assertThat(value(
                        pg.jdbc,
                        "SELECT is_nullable FROM information_schema.columns WHERE table_schema = '" + pg.schema
                                + "' AND table_name = 'person' AND column_name = 'nick'"))
                .isEqualTo("NO");
    }

    @Test
    void postAddColumnDropsTheDefaultAndItsRollbackRestoresIt() throws Exception {
        liquibase.update("staged/add-column.xml", "pre-deploy");
        liquibase.update("staged/add-column.xml", "post-deploy");

        assertThat(nickDefault()).isNull();
        assertThatThrownBy(this::oldCodeInsert)
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23502"));
        newCodeInsert(", legacy_code, legacy_flag, nick", ", 'c', 1, 'neo'");

        liquibase.rollbackCount("staged/add-column.xml", 1, Lb.ALL);
        assertThat(nickDefault()).isEqualTo("'anon'::character varying");
        oldCodeInsert();

        liquibase.rollbackCount("staged/add-column.xml", 1, Lb.ALL);
        assertThat(columns()).containsExactly("id", "name", "legacy_code", "legacy_flag");
    }

    @Test
    void postAddColumnRollbackPrefersItsOwnDefault() throws Exception {
        liquibase.update("staged/post-add-explicit-default.xml", Lb.ALL);
        liquibase.rollbackCount("staged/post-add-explicit-default.xml", 1, Lb.ALL);
        assertThat(nickDefault()).isEqualTo("'someone'::character varying");
    }

    @Test
    void preRemoveColumnLetsNewInsertsOmitTheColumnsAndRollbackUndoesExactlyThat() throws Exception {
        liquibase.update("staged/pre-remove-column.xml", "pre-deploy");

        newCodeInsert("", "");
        assertThat(column(
                        pg.jdbc,
                        "SELECT legacy_code || '/' || coalesce(legacy_flag::text, 'NULL') FROM person"
                                + " ORDER BY id"))
                .containsExactly("c/1", "n/a/NULL");
        pg.exec("DELETE FROM person WHERE name = 'new'");

        liquibase.rollbackCount("staged/pre-remove-column.xml", 2, Lb.ALL);
        assertThat(columnFacts()).containsExactly("id:NO:t", "name:NO:-", "legacy_code:NO:-", "legacy_flag:NO:-");
        assertThatThrownBy(() -> newCodeInsert("", "")).isInstanceOf(SQLException.class);
    }

    @Test
    void theWholeRemovalEndsWithTheColumnsGone() throws Exception {
        liquibase.update("staged/pre-remove-column.xml", "pre-deploy");
        liquibase.update("staged/pre-remove-column.xml", "post-deploy");
        assertThat(columns()).containsExactly("id", "name");
    }

    @Test
    void defaultValuesEndUpAsData() throws Exception {
        liquibase.update("staged/injection.xml", "pre-deploy");

        assertThat(value(
                        pg.jdbc,
                        "SELECT count(*) FROM pg_tables WHERE tablename = 'person' AND schemaname = '" + pg.schema
                                + "'"))
                .isEqualTo("1");
        newCodeInsert(", legacy_flag", ", 1");
        assertThat(value(pg.jdbc, "SELECT note FROM person WHERE name = 'new'"))
                .isEqualTo("x'); DROP TABLE person; --");
        assertThat(value(pg.jdbc, "SELECT legacy_code FROM person WHERE name = 'new'"))
                .isEqualTo("a\\'b\\\\'); DROP TABLE person; --");
    }

    @Test
    void updateSqlShowsTheExactSql() throws Exception {
        String sql = liquibase.updateSql("staged/add-column.xml", "pre-deploy");
        assertThat(sql)
                .contains("ALTER TABLE " + pg.schema + ".person ADD COLUMN nick VARCHAR(20) DEFAULT 'anon' NOT NULL;");
        assertThat(columns()).doesNotContain("nick");

        liquibase.update("staged/add-column.xml", "pre-deploy");
        assertThat(liquibase.updateSql("staged/add-column.xml", "post-deploy"))
                .contains("ALTER TABLE " + pg.schema + ".person ALTER COLUMN nick DROP DEFAULT;");
    }

    private String nickDefault() throws SQLException {
        return value(
                        pg.jdbc,
                        "SELECT coalesce(column_default, 'NULL') FROM information_schema.columns"
                                + " WHERE table_schema = '" + pg.schema
                                + "' AND table_name = 'person' AND column_name = 'nick'")
                .transform(d -> d.equals("NULL") ? null : d);
    }

    private List<String> columns() throws SQLException {
        return column(
                pg.jdbc,
                "SELECT column_name FROM information_schema.columns WHERE table_schema = '" + pg.schema
                        + "' AND table_name = 'person' ORDER BY ordinal_position");
    }

    /** name:nullable:has-default per column, to compare whole table states. */
    private List<String> columnFacts() throws SQLException {
        return column(
                pg.jdbc,
                "SELECT column_name || ':' || is_nullable || ':' || CASE WHEN column_default IS NULL"
                        + " THEN '-' ELSE 't' END FROM information_schema.columns WHERE table_schema = '" + pg.schema
                        + "' AND table_name = 'person' ORDER BY ordinal_position");
    }
}
