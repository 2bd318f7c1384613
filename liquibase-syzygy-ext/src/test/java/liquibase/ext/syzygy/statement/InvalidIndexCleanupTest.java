package liquibase.ext.syzygy.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ext.syzygy.change.CreateIndexConcurrentlyChange;
import liquibase.ext.syzygy.testing.Pg;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;

/**
 * The clean-up of a failed {@code CREATE INDEX CONCURRENTLY} on a real PostgreSQL: an invalid index of the name is
 * dropped before the build, a valid one never.
 */
class InvalidIndexCleanupTest {

    @Test
    void anInvalidIndexLeftByAFailedBuildIsDroppedFirst() throws Exception {
        try (Pg pg = new Pg()) {
            pg.exec("CREATE TABLE person (nick text)");
            pg.exec("INSERT INTO person VALUES ('a'), ('a')");
            assertThatThrownBy(() -> pg.exec("CREATE UNIQUE INDEX CONCURRENTLY person_nick ON person (nick)"))
                    .hasMessageContaining("could not create unique index");
            Database database = database(pg);
            try {
                List<SqlStatement> cleanUp = build(pg.schema).cleanUp(database);
                assertThat(cleanUp).hasSize(1);
                assertThat(((DropIndexConcurrentlyStatement) cleanUp.get(0))
                                .index()
                                .toString())
                        .isEqualTo(pg.schema + ".person_nick");
                assertThat(build(null).cleanUp(database))
                        .as("no schema: the table as the build names it, on the search path")
                        .hasSize(1);

                database.setAutoCommit(false);
                assertThat(change().generateStatements(database))
                        .as("while Liquibase validates (in a transaction) it does not look")
                        .hasSize(1);
                database.setAutoCommit(true);
                assertThat(Arrays.stream(change().generateStatements(database))
                                .map(s -> s.getClass().getSimpleName()))
                        .as("about to run outside a transaction: clean-up first")
                        .containsExactly("DropIndexConcurrentlyStatement", "CreateIndexConcurrentlyStatement");
            } finally {
                database.close();
            }
        }
    }

    @Test
    void aValidIndexOfTheSameNameIsNeverDropped() throws Exception {
        try (Pg pg = new Pg()) {
            pg.exec("CREATE TABLE person (nick text)");
            pg.exec("CREATE INDEX person_nick ON person (nick)");
            Database database = database(pg);
            try {
                database.setAutoCommit(true);
                assertThat(build(null).cleanUp(database)).isEmpty();
                assertThat(build(pg.schema).cleanUp(database)).isEmpty();
                assertThat(change().generateStatements(database)).hasSize(1);
            } finally {
                database.close();
            }
        }
    }

    private static CreateIndexConcurrentlyStatement build(String schema) {
        return new CreateIndexConcurrentlyStatement(
                new IndexRef(null, schema, "person", "person_nick"),
                true,
                null,
                null,
                List.of(new IndexColumn("nick", false, false)));
    }

    private static CreateIndexConcurrentlyChange change() {
        CreateIndexConcurrentlyChange change = new CreateIndexConcurrentlyChange();
        change.setTableName("person");
        change.setIndexName("person_nick");
        AddColumnConfig nick = new AddColumnConfig();
        nick.setName("nick");
        change.addColumn(nick);
        return change;
    }

    private static Database database(Pg pg) throws Exception {
        return DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(
                        new JdbcConnection(DriverManager.getConnection(pg.url(), "postgres", "")));
    }
}
