package liquibase.ext.syzygy.change;

import static liquibase.ext.syzygy.testing.Jdbc.column;
import static liquibase.ext.syzygy.testing.Jdbc.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import liquibase.ext.syzygy.testing.Lb;
import liquibase.ext.syzygy.testing.Sqlite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The staged column changes on a real SQLite file. The table has an index, a trigger, a view, a foreign key to
 * another table and one from another table; every operation must leave all of them as they were.
 */
class StagedColumnsSqliteTest {

    private Sqlite sqlite;
    private Lb liquibase;
    private List<String> otherObjects;
    private List<String> originalColumns;

    @BeforeEach
    void createTables(TestInfo test) throws Exception {
        sqlite = new Sqlite("staged-" + test.getTestMethod().orElseThrow().getName());
        liquibase = sqlite.liquibase();
        sqlite.exec(
                "CREATE TABLE team (id INTEGER PRIMARY KEY, title TEXT)",
                "INSERT INTO team VALUES (1, 'core')",
                """
                CREATE TABLE person (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL COLLATE NOCASE CHECK (length(name) > 0),
                  team_id INTEGER REFERENCES team (id) ON DELETE CASCADE,
                  legacy_code TEXT NOT NULL,
                  legacy_flag INTEGER NOT NULL
                )""",
                "CREATE INDEX person_name ON person (name)",
                "CREATE TABLE audit (person_id INTEGER REFERENCES person (id), what TEXT)",
                "CREATE TRIGGER person_audit AFTER INSERT ON person"
                        + " BEGIN INSERT INTO audit VALUES (new.id, 'insert'); END",
                "CREATE VIEW person_names AS SELECT name FROM person");
        oldCodeInsert();
        otherObjects = otherObjects();
        originalColumns = columns();
    }

    @AfterEach
    void checkOtherObjectsAndClose() throws SQLException {
        try {
            assertThat(otherObjects()).isEqualTo(otherObjects);
            assertThat(column(
                            sqlite.jdbc,
                            "SELECT \"table\" || '.' || \"to\" || ' ON DELETE ' || on_delete"
                                    + " FROM pragma_foreign_key_list('person')"))
                    .containsExactly("team.id ON DELETE CASCADE");
            assertThat(value(sqlite.jdbc, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(column(sqlite.jdbc, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(value(sqlite.jdbc, "SELECT count(*) FROM person_names"))
                    .isEqualTo(value(sqlite.jdbc, "SELECT count(*) FROM person"));
            assertThat(value(sqlite.jdbc, "SELECT count(*) FROM audit"))
                    .as("the trigger fired for every insert")
                    .isEqualTo(value(sqlite.jdbc, "SELECT max(id) FROM person"));
        } finally {
            sqlite.close();
        }
    }

    private void oldCodeInsert() throws SQLException {
        sqlite.exec("INSERT INTO person (name, team_id, legacy_code, legacy_flag) VALUES ('old', 1, 'c', 1)");
    }

    private void newCodeInsert(String columns, String values) throws SQLException {
        sqlite.exec("INSERT INTO person (name, team_id" + columns + ") VALUES ('new', 1" + values + ")");
    }

    @Test
    void addColumnStagedKeepsOldInsertsWorking() throws Exception {
        liquibase.update("staged/add-column.xml", "pre-deploy");

        oldCodeInsert();
        assertThat(column(sqlite.jdbc, "SELECT nick FROM person ORDER BY id")).containsExactly("anon", "anon");
        assertThat(columns()).contains("nick:VARCHAR(20):1:'anon'");
    }

    @Test
    void postAddColumnDropsTheDefaultAndItsRollbackRestoresIt() throws Exception {
        liquibase.update("staged/add-column.xml", "pre-deploy");
        liquibase.update("staged/add-column.xml", "post-deploy");

        assertThat(columns()).contains("nick:VARCHAR(20):1:null");
        assertThat(column(sqlite.jdbc, "SELECT nick FROM person"))
                .as("rows added before")
                .containsExactly("anon");
        assertThatThrownBy(this::oldCodeInsert).hasMessageContaining("NOT NULL constraint failed: person.nick");
        newCodeInsert(", legacy_code, legacy_flag, nick", ", 'c', 1, 'neo'");

        liquibase.rollbackCount("staged/add-column.xml", 1, Lb.ALL);
        assertThat(columns()).contains("nick:VARCHAR(20):1:'anon'");
        oldCodeInsert();

        liquibase.rollbackCount("staged/add-column.xml", 1, Lb.ALL);
        assertThat(columns()).isEqualTo(originalColumns);
    }

    @Test
    void preRemoveColumnLetsNewInsertsOmitTheColumnsAndRollbackUndoesExactlyThat() throws Exception {
        liquibase.update("staged/pre-remove-column.xml", "pre-deploy");

        newCodeInsert("", "");
        assertThat(column(sqlite.jdbc, "SELECT legacy_code || '/' || coalesce(legacy_flag, 'NULL') FROM person"))
                .containsExactly("c/1", "n/a/NULL");
        sqlite.exec("DELETE FROM audit WHERE person_id = 2", "DELETE FROM person WHERE id = 2");

        liquibase.rollbackCount("staged/pre-remove-column.xml", 2, Lb.ALL);
        assertThat(columns()).isEqualTo(originalColumns);
        assertThatThrownBy(() -> newCodeInsert("", "")).hasMessageContaining("NOT NULL constraint failed");
    }

    @Test
    void restoringNotNullOverNullsFailsClearlyAndChangesNothing() throws Exception {
        liquibase.update("staged/pre-remove-column.xml", "pre-deploy");
        newCodeInsert("", "");
        List<String> relaxed = columns();

        assertThatThrownBy(() -> liquibase.rollbackCount("staged/pre-remove-column.xml", 1, Lb.ALL))
                .hasStackTraceContaining("syzygy: integrity_check failed after changing column legacy_flag of table"
                        + " person: NULL value in person.legacy_flag");
        assertThat(columns()).isEqualTo(relaxed);
    }

    @Test
    void theWholeRemovalEndsWithTheColumnsReallyGone() throws Exception {
        liquibase.update("staged/pre-remove-column.xml", "pre-deploy");
        liquibase.update("staged/pre-remove-column.xml", "post-deploy");

        assertThat(columns()).containsExactly("id:INTEGER:0:null", "name:TEXT:1:null", "team_id:INTEGER:0:null");
        assertThat(value(sqlite.jdbc, "SELECT name FROM person")).isEqualTo("old");
    }

    @Test
    void dropColumnNamesTheIndexInTheWay() throws Exception {
        assertThatThrownBy(() -> liquibase.update("staged/drop-indexed-column.xml", Lb.ALL))
                .hasStackTraceContaining("Cannot drop column person.name on SQLite: it is part of index person_name.");
        assertThat(columns()).isEqualTo(originalColumns);
        assertThat(value(sqlite.jdbc, "SELECT count(*) FROM databasechangelog")).isEqualTo("0");
    }

    @Test
    void defaultValuesEndUpAsData() throws Exception {
        liquibase.update("staged/injection.xml", "pre-deploy");

        newCodeInsert(", legacy_flag", ", 1");
        assertThat(value(sqlite.jdbc, "SELECT note FROM person WHERE name = 'new'"))
                .isEqualTo("x'); DROP TABLE person; --");
        assertThat(value(sqlite.jdbc, "SELECT legacy_code FROM person WHERE name = 'new'"))
                .isEqualTo("a\\'b\\\\'); DROP TABLE person; --");
    }

    @Test
    void updateSqlShowsNativeSqlAndRefusesWhatNeedsTheLiveDefinition() throws Exception {
        assertThat(liquibase.updateSql("staged/add-column.xml", "pre-deploy"))
                .contains("ALTER TABLE person ADD COLUMN nick VARCHAR(20) DEFAULT 'anon' NOT NULL;");
        assertThatThrownBy(() -> liquibase.updateSql("staged/pre-remove-column.xml", "pre-deploy"))
                .hasStackTraceContaining("requires access to up to date database metadata");
        assertThat(columns()).isEqualTo(originalColumns);

        liquibase.update("staged/pre-remove-column.xml", "pre-deploy");
        List<String> prepared = columns();
        assertThat(liquibase.updateSql("staged/pre-remove-column.xml", "post-deploy"))
                .contains("ALTER TABLE person DROP COLUMN legacy_code;", "ALTER TABLE person DROP COLUMN legacy_flag;");
        assertThat(columns()).isEqualTo(prepared);
    }

    /** name:type:notnull:default of every column of person. */
    private List<String> columns() throws SQLException {
        return column(
                sqlite.jdbc,
                "SELECT name || ':' || type || ':' || \"notnull\" || ':' || coalesce(dflt_value,"
                        + " 'null') FROM pragma_table_info('person') ORDER BY cid");
    }

    /** Everything in the schema except the table under change (and Liquibase's own tables). */
    private List<String> otherObjects() throws SQLException {
        return column(
                sqlite.jdbc,
                "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '')"
                        + " FROM sqlite_schema WHERE name <> 'person' AND name NOT LIKE 'DATABASECHANGELOG%'"
                        + " ORDER BY name");
    }
}
