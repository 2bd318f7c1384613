package liquibase.ext.syzygy.sqlgenerator.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreateTableEditorTest {

    private static final String TABLE =
            """
            CREATE TABLE "per(son" (
              id INTEGER PRIMARY KEY,
              [na,me] TEXT NOT NULL COLLATE NOCASE CHECK (length([na,me]) > 0 AND [na,me] <> 'DEFAULT, NOT NULL'),
              "nick" VARCHAR(20) CONSTRAINT nick_nn NOT NULL ON CONFLICT ABORT DEFAULT 'a''non' -- nick, DEFAULT x
              , score NUMERIC(10, 2) DEFAULT -1.5 CHECK (score > (0 - (10))),
              team_id INTEGER REFERENCES team(id) ON DELETE SET DEFAULT DEFAULT (abs(-1)),
              note TEXT NULL /* a, comment ( */,
              CONSTRAINT per_uq UNIQUE (nick, score),
              FOREIGN KEY (team_id) REFERENCES team(id)
            )""";

    @Test
    void dropsADefaultAndKeepsEverythingElse() {
        assertThat(CreateTableEditor.forColumn(TABLE, "nick").dropDefault())
                .isEqualTo(TABLE.replace(" DEFAULT 'a''non'", ""));
        assertThat(CreateTableEditor.forColumn(TABLE, "SCORE").dropDefault())
                .isEqualTo(TABLE.replace(" DEFAULT -1.5", ""));
        assertThat(CreateTableEditor.forColumn(TABLE, "team_id").dropDefault())
                .isEqualTo(TABLE.replace(" DEFAULT (abs(-1))", ""));
    }

    @Test
    void dropDefaultWithoutOneChangesNothing() {
        assertThat(CreateTableEditor.forColumn(TABLE, "na,me").dropDefault()).isEqualTo(TABLE);
    }

    @Test
    void setsOrReplacesADefault() {
        assertThat(CreateTableEditor.forColumn(TABLE, "nick").setDefault("'x'"))
                .isEqualTo(TABLE.replace("DEFAULT 'a''non'", "DEFAULT 'x'"));
        assertThat(CreateTableEditor.forColumn(TABLE, "na,me").setDefault("'y'"))
                .isEqualTo(TABLE.replace("'DEFAULT, NOT NULL')", "'DEFAULT, NOT NULL') DEFAULT 'y'"));
        assertThat(CreateTableEditor.forColumn(TABLE, "note").setDefault("0"))
                .isEqualTo(TABLE.replace("note TEXT NULL", "note TEXT NULL DEFAULT 0"));
    }

    @Test
    void dropsNotNullWithItsConstraintNameAndConflictClause() {
        assertThat(CreateTableEditor.forColumn(TABLE, "nick").dropNotNull())
                .isEqualTo(TABLE.replace(" CONSTRAINT nick_nn NOT NULL ON CONFLICT ABORT", ""));
        assertThat(CreateTableEditor.forColumn(TABLE, "[na,me]".substring(1, 6)).dropNotNull())
                .isEqualTo(TABLE.replace("TEXT NOT NULL COLLATE", "TEXT COLLATE"));
    }

    @Test
    void setsNotNullReplacingABareNull() {
        assertThat(CreateTableEditor.forColumn(TABLE, "note").setNotNull())
                .isEqualTo(TABLE.replace("note TEXT NULL", "note TEXT NOT NULL"));
        assertThat(CreateTableEditor.forColumn(TABLE, "score").setNotNull())
                .isEqualTo(TABLE.replace("(0 - (10)))", "(0 - (10))) NOT NULL"));
        assertThat(CreateTableEditor.forColumn(TABLE, "team_id").setNotNull())
                .as("SET DEFAULT in a foreign key action is not the column's default")
                .isEqualTo(TABLE.replace("(abs(-1))", "(abs(-1)) NOT NULL"));
        assertThat(CreateTableEditor.forColumn(TABLE, "nick").setNotNull()).isEqualTo(TABLE);
    }

    @Test
    void rejectsAMissingColumnAndBrokenSql() {
        assertThatThrownBy(() -> CreateTableEditor.forColumn(TABLE, "per_uq"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column per_uq");
        assertThatThrownBy(() -> CreateTableEditor.forColumn("CREATE TABLE t (a TEXT DEFAULT 'x)", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
    }
}
