package liquibase.ext.syzygy.sqlgenerator.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import liquibase.database.Database;
import liquibase.ext.syzygy.statement.AddColumnStagedStatement;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.ext.syzygy.statement.NativeDropColumnStatement;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.ext.syzygy.testing.Sqlite;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.NotNullConstraint;
import liquibase.statement.SqlStatement;
import liquibase.statement.UniqueConstraint;
import liquibase.statement.core.AddColumnStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Golden SQL of every SQLite generator, on a real database (some read the table's current definition). */
class SqliteGeneratorsTest {

    private static final ColumnRef NICK = new ColumnRef(null, null, "person", "nick");

    private Sqlite sqlite;
    private Database database;

    @BeforeEach
    void createTable() throws Exception {
        sqlite = new Sqlite("generators");
        sqlite.exec("CREATE TABLE person (id INTEGER PRIMARY KEY, nick TEXT NOT NULL DEFAULT 'anon', note TEXT)");
        database = sqlite.database();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
        sqlite.close();
    }

    @Test
    void addColumnStaged() {
        assertThat(sql(new AddColumnStagedStatement(
                        new ColumnRef(null, null, "person", "score"), "int", new BigDecimal("0"), false)))
                .isEqualTo(
                        """
                        ALTER TABLE person ADD COLUMN score INTEGER DEFAULT 0 NOT NULL""");
        assertThat(sql(new AddColumnStagedStatement(
                        new ColumnRef(null, null, "person", "flag"), "boolean", true, true)))
                .isEqualTo("""
                        ALTER TABLE person ADD COLUMN flag BOOLEAN DEFAULT 1""");
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreQuotedWithQuotesDoubled() {
        assertThat(sql(new AddColumnStagedStatement(
                        new ColumnRef(null, null, "person", "x\" text); CREATE TABLE pwned (id int); --"),
                        "int",
                        null,
                        true)))
                .isEqualTo(
                        """
                        ALTER TABLE person ADD COLUMN "x"" text); CREATE TABLE pwned (id int); --" INTEGER""");
        assertThat(sql(new NativeDropColumnStatement(new ColumnRef(null, null, "per\"son", "a b"))))
                .isEqualTo("ALTER TABLE \"per\"\"son\" DROP COLUMN \"a b\"");
    }

    @Test
    void coreAddColumnIsNativeWhenSqliteCanDoItInPlace() {
        assertThat(sql(new AddColumnStatement(
                        null, null, "person", "code", "varchar(10)", "n/a", new NotNullConstraint())))
                .isEqualTo(
                        """
                        ALTER TABLE person ADD COLUMN code VARCHAR(10) DEFAULT 'n/a' NOT NULL""");
        assertThat(sql(new AddColumnStatement(
                        new AddColumnStatement(null, null, "person", "a", "int", 0),
                        new AddColumnStatement(null, null, "person", "b\"c", "boolean", true))))
                .isEqualTo(
                        """
                        ALTER TABLE person ADD COLUMN a INTEGER DEFAULT 0;
                        ALTER TABLE person ADD COLUMN "b""c" BOOLEAN DEFAULT 1""");
    }

    @Test
    void coreAddColumnGoesToCoreForWhatSqliteCannotAddInPlace() {
        for (AddColumnStatement statement : List.of(
                new AddColumnStatement(null, null, "person", "code", "int", null, new NotNullConstraint()),
                new AddColumnStatement(null, null, "person", "code", "int", null, new UniqueConstraint()),
                new AddColumnStatement(null, null, "person", "code", "int", new DatabaseFunction("1 + 1")))) {
            assertThat(new NativeAddColumnGeneratorSQLite().supports(statement, database))
                    .as("left to core's generator")
                    .isFalse();
        }
    }

    @Test
    void addColumnStagedRejectsAComputedDefault() {
        AddColumnStagedStatement statement = new AddColumnStagedStatement(
                new ColumnRef(null, null, "person", "at"), "text", new DatabaseFunction("CURRENT_TIMESTAMP"), false);
        assertThat(SqlGeneratorFactory.getInstance()
                        .validate(statement, database)
                        .getErrorMessages())
                .containsExactly("SQLite cannot add column person.at with a computed default (CURRENT_TIMESTAMP):"
                        + " ALTER TABLE ADD COLUMN accepts only a constant default; use defaultValue,"
                        + " defaultValueNumeric, defaultValueBoolean or defaultValueDate");
    }

    @Test
    void dropColumnDefault() {
        assertThat(sql(new DropColumnDefaultStatement(NICK)))
                .isEqualTo(
                        """
                UPDATE person SET nick = nick;
                PRAGMA writable_schema=ON;
                UPDATE sqlite_schema SET sql = 'CREATE TABLE person (id INTEGER PRIMARY KEY, nick TEXT NOT NULL, note TEXT)' WHERE type = 'table' AND name = 'person';
                PRAGMA schema_version=2;
                PRAGMA writable_schema=OFF;
                SELECT json_extract('{}', 'syzygy: integrity_check failed after changing column nick of table person: ' || problems) FROM (SELECT group_concat(integrity_check, ' | ') AS problems FROM pragma_integrity_check('person')) WHERE problems <> 'ok'""");
    }

    @Test
    void setColumnDefault() {
        assertThat(sql(new SetColumnDefaultStatement(NICK, "it's")))
                .isEqualTo(
                        """
                UPDATE person SET nick = nick;
                PRAGMA writable_schema=ON;
                UPDATE sqlite_schema SET sql = 'CREATE TABLE person (id INTEGER PRIMARY KEY, nick TEXT NOT NULL DEFAULT ''it''''s'', note TEXT)' WHERE type = 'table' AND name = 'person';
                PRAGMA schema_version=2;
                PRAGMA writable_schema=OFF;
                SELECT json_extract('{}', 'syzygy: integrity_check failed after changing column nick of table person: ' || problems) FROM (SELECT group_concat(integrity_check, ' | ') AS problems FROM pragma_integrity_check('person')) WHERE problems <> 'ok'""");
    }

    @Test
    void setColumnNullable() {
        assertThat(sql(new SetColumnNullableStatement(NICK, true)))
                .isEqualTo(
                        """
                PRAGMA writable_schema=ON;
                UPDATE sqlite_schema SET sql = 'CREATE TABLE person (id INTEGER PRIMARY KEY, nick TEXT DEFAULT ''anon'', note TEXT)' WHERE type = 'table' AND name = 'person';
                PRAGMA schema_version=2;
                PRAGMA writable_schema=OFF;
                SELECT json_extract('{}', 'syzygy: integrity_check failed after changing column nick of table person: ' || problems) FROM (SELECT group_concat(integrity_check, ' | ') AS problems FROM pragma_integrity_check('person')) WHERE problems <> 'ok'""");
        assertThat(sql(new SetColumnNullableStatement(new ColumnRef(null, null, "PERSON", "NOTE"), false)))
                .startsWith(
                        """
                        PRAGMA writable_schema=ON;
                        UPDATE sqlite_schema SET sql = 'CREATE TABLE person (id INTEGER PRIMARY KEY, nick TEXT NOT NULL DEFAULT ''anon'', note TEXT NOT NULL)' WHERE type = 'table' AND name = 'person';""");
    }

    @Test
    void aNoOpEditEmitsNothing() {
        assertThat(sql(new SetColumnNullableStatement(NICK, false))).isEmpty();
    }

    @Test
    void aMissingTableOrColumnIsACodedError() {
        assertThatThrownBy(() -> sql(new SetColumnNullableStatement(new ColumnRef(null, null, "nobody", "x"), true)))
                .hasMessage("[MISSING_OBJECT] SQLite table nobody does not exist. Fix: name an existing table, or"
                        + " create it in an earlier changeset.");
        assertThatThrownBy(() -> sql(new SetColumnNullableStatement(new ColumnRef(null, null, "person", "x"), true)))
                .hasMessage("[MISSING_OBJECT] SQLite table person has no column x. Fix: name an existing column, or"
                        + " add it in an earlier changeset.");
    }

    @Test
    void nativeDropColumn() {
        assertThat(sql(new NativeDropColumnStatement(new ColumnRef(null, null, "person", "note"))))
                .isEqualTo("""
                        ALTER TABLE person DROP COLUMN note""");
    }

    @Test
    void nativeDropColumnNamesWhatBlocksIt() throws Exception {
        sqlite.exec("CREATE INDEX person_note ON person(note)");
        assertThatThrownBy(() -> sql(new NativeDropColumnStatement(new ColumnRef(null, null, "person", "note"))))
                .hasMessageStartingWith("[INVALID_CHANGE] Cannot drop column person.note on SQLite: it is part of"
                        + " index person_note. SQLite's ALTER TABLE DROP COLUMN refuses indexed, PRIMARY KEY, UNIQUE"
                        + " and FOREIGN KEY columns. Fix: drop the index");
        assertThatThrownBy(() -> sql(new NativeDropColumnStatement(new ColumnRef(null, null, "person", "id"))))
                .hasMessageContaining("it is part of the PRIMARY KEY.");
    }

    @Test
    void nativeDropColumnNamesUniqueAndForeignKeyConstraints() throws Exception {
        sqlite.exec(
                "CREATE TABLE team (id INTEGER PRIMARY KEY)",
                "CREATE TABLE member (id INTEGER, code TEXT UNIQUE, team_id INTEGER REFERENCES team (id),"
                        + " PRIMARY KEY (id, code))");
        assertThatThrownBy(() -> sql(new NativeDropColumnStatement(new ColumnRef(null, null, "member", "code"))))
                .hasMessageContaining("the PRIMARY KEY")
                .hasMessageContaining("a UNIQUE constraint");
        assertThatThrownBy(() -> sql(new NativeDropColumnStatement(new ColumnRef(null, null, "member", "team_id"))))
                .hasMessageContaining("it is part of a FOREIGN KEY to team.");
    }

    private String sql(SqlStatement statement) {
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, database);
        return Arrays.stream(sql).map(Sql::toSql).collect(Collectors.joining(";\n"));
    }
}
