package liquibase.ext.syzygy.sqlgenerator.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import liquibase.database.core.PostgresDatabase;
import liquibase.ext.syzygy.statement.CreateIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.DropIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.IndexColumn;
import liquibase.ext.syzygy.statement.IndexRef;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;

/** Golden SQL of the concurrent index generators on PostgreSQL, through Liquibase's generator factory. */
class IndexGeneratorsPostgresTest {

    private static final PostgresDatabase PG = new PostgresDatabase();
    private static final IndexRef NICK = new IndexRef(null, "app", "person", "person_nick");

    @Test
    void createIndexConcurrently() {
        assertThat(sql(new CreateIndexConcurrentlyStatement(
                        NICK, false, null, null, List.of(new IndexColumn("nick", false, false)))))
                .isEqualTo("""
                        CREATE INDEX CONCURRENTLY person_nick ON app.person (nick)""");
        assertThat(sql(new CreateIndexConcurrentlyStatement(
                        new IndexRef(null, null, "person", "person_lower_nick"),
                        true,
                        "btree",
                        "pg_default",
                        List.of(new IndexColumn("lower(nick)", true, false), new IndexColumn("score", false, true)))))
                .isEqualTo(
                        """
                        CREATE UNIQUE INDEX CONCURRENTLY person_lower_nick ON person USING btree \
                        (lower(nick), score DESC) TABLESPACE pg_default""");
    }

    @Test
    void dropIndexConcurrently() {
        assertThat(sql(new DropIndexConcurrentlyStatement(NICK)))
                .isEqualTo("""
                        DROP INDEX CONCURRENTLY IF EXISTS app.person_nick""");
        assertThat(sql(new DropIndexConcurrentlyStatement(new IndexRef(null, null, null, "person_nick"))))
                .isEqualTo("""
                        DROP INDEX CONCURRENTLY IF EXISTS person_nick""");
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreQuotedWithQuotesDoubled() {
        IndexRef hostile = new IndexRef(null, "a\"pp", "Per son", "ix\"; DROP TABLE person; --");
        assertThat(sql(new CreateIndexConcurrentlyStatement(
                        hostile, false, null, null, List.of(new IndexColumn("Nick", false, false)))))
                .isEqualTo(
                        """
                        CREATE INDEX CONCURRENTLY "ix""; DROP TABLE person; --" ON "a""pp"."Per son" ("Nick")""");
        assertThat(sql(new DropIndexConcurrentlyStatement(hostile)))
                .isEqualTo(
                        """
                        DROP INDEX CONCURRENTLY IF EXISTS "a""pp"."ix""; DROP TABLE person; --\"""");
    }

    private static String sql(SqlStatement statement) {
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, PG);
        return Arrays.stream(sql).map(Sql::toSql).collect(Collectors.joining(";\n"));
    }
}
