package liquibase.ext.syzygy.sqlgenerator.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import liquibase.database.core.SQLiteDatabase;
import liquibase.ext.syzygy.statement.CreateIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.DropIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.IndexColumn;
import liquibase.ext.syzygy.statement.IndexRef;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL of the concurrent index generators on SQLite: the plain statements, without the PostgreSQL-only
 * index method and tablespace, so that a changelog written for PostgreSQL runs on SQLite unchanged.
 */
class IndexGeneratorsSqliteTest {

    private static final SQLiteDatabase DB = new SQLiteDatabase();
    private static final IndexRef NICK = new IndexRef(null, null, "person", "person_nick");

    @Test
    void createIndexConcurrently() {
        assertThat(sql(new CreateIndexConcurrentlyStatement(
                        NICK, false, null, null, List.of(new IndexColumn("nick", false, false)))))
                .isEqualTo("""
                        CREATE INDEX person_nick ON person (nick)""");
        assertThat(sql(new CreateIndexConcurrentlyStatement(
                        new IndexRef(null, null, "person", "person_lower_nick"),
                        true,
                        "btree",
                        "pg_default",
                        List.of(new IndexColumn("lower(nick)", true, false), new IndexColumn("score", false, true)))))
                .isEqualTo(
                        """
                        CREATE UNIQUE INDEX person_lower_nick ON person (lower(nick), score DESC)""");
    }

    @Test
    void dropIndexConcurrently() {
        assertThat(sql(new DropIndexConcurrentlyStatement(NICK)))
                .isEqualTo("""
                        DROP INDEX IF EXISTS person_nick""");
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreQuotedWithQuotesDoubled() {
        IndexRef hostile = new IndexRef(null, null, "Per son", "ix\"; DROP TABLE person; --");
        assertThat(sql(new CreateIndexConcurrentlyStatement(
                        hostile, false, null, null, List.of(new IndexColumn("Nick", false, false)))))
                .isEqualTo(
                        """
                        CREATE INDEX "ix""; DROP TABLE person; --" ON "Per son" (Nick)""");
        assertThat(sql(new DropIndexConcurrentlyStatement(hostile)))
                .isEqualTo("""
                        DROP INDEX IF EXISTS "ix""; DROP TABLE person; --\"""");
    }

    private static String sql(SqlStatement statement) {
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, DB);
        return Arrays.stream(sql).map(Sql::toSql).collect(Collectors.joining(";\n"));
    }
}
