package liquibase.ext.syzygy.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;
import liquibase.ext.syzygy.statement.CleanedUpBeforeRetry;
import liquibase.sql.visitor.ReplaceSqlVisitor;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;
import org.junit.jupiter.api.Test;

class RetrySafetyTest {

    private final Database postgres = new PostgresDatabase();

    @Test
    void anAtomicStatementIsRetried() {
        assertThat(safe("ALTER TABLE person ADD COLUMN nick text", List.of())).isTrue();
        assertThat(safe("CREATE INDEX person_nick ON person (nick)", List.of())).isTrue();
        assertThat(safe("DROP INDEX CONCURRENTLY person_nick", List.of())).isTrue();
    }

    @Test
    void rawConcurrentIndexBuildsAreNot() {
        assertThat(safe("CREATE INDEX CONCURRENTLY person_nick ON person (nick)", List.of()))
                .isFalse();
        assertThat(safe("  create unique index\n concurrently if not exists i ON t (a)", List.of()))
                .isFalse();
        assertThat(safe("REINDEX INDEX CONCURRENTLY person_nick", List.of())).isFalse();
        assertThat(safe("REINDEX (VERBOSE) TABLE CONCURRENTLY person", List.of()))
                .isFalse();
    }

    @Test
    void modifySqlIsAppliedFirst() {
        ReplaceSqlVisitor concurrently = new ReplaceSqlVisitor();
        concurrently.setReplace("CREATE INDEX");
        concurrently.setWith("CREATE INDEX CONCURRENTLY");

        assertThat(safe("CREATE INDEX person_nick ON person (nick)", List.of(concurrently)))
                .isFalse();
    }

    @Test
    void aStatementThatCleansUpAfterItselfIsRetried() {
        SqlStatement cleaned = new CleanedRaw("CREATE INDEX CONCURRENTLY person_nick ON person (nick)");

        assertThat(RetrySafety.retrySafe(cleaned, List.of(), postgres)).isTrue();
    }

    private boolean safe(String sql, List<SqlVisitor> visitors) {
        return RetrySafety.retrySafe(new RawSqlStatement(sql), visitors, postgres);
    }

    private static final class CleanedRaw extends RawSqlStatement implements CleanedUpBeforeRetry {
        CleanedRaw(String sql) {
            super(sql);
        }

        @Override
        public List<SqlStatement> cleanUp(Database database) throws DatabaseException {
            return List.of();
        }
    }
}
