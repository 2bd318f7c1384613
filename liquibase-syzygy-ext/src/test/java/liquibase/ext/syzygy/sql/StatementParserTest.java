package liquibase.ext.syzygy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import liquibase.ext.syzygy.fact.SqlStatement;
import org.junit.jupiter.api.Test;

/** The parser refuses what it cannot parse, and a pathological statement costs a bounded time, never the run. */
class StatementParserTest {

    @Test
    void refusesWhatItCannotParse() {
        try (StatementParser parser = new StatementParser()) {
            assertThatThrownBy(() -> parser.parse("ALTER TABLE t ADD COLUMN a int garbage ("))
                    .isInstanceOf(NotUnderstood.class)
                    .hasMessage("the parser could not fully parse it");
        }
    }

    @Test
    void wordsTheParserTakesAsTableOptionsAreNotAssumedHarmless() {
        List<SqlStatement> statements = SqlClassifier.classify(
                "CREATE TABLE t (a int) garbage garbage", SqlOptions.defaults(SqlDialect.POSTGRESQL));
        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.understood()).isFalse();
            assertThat(statement.reason()).isEqualTo("the table options garbage garbage are not analysed");
        });
    }

    @Test
    void aPathologicalStatementIsUndecidableWithinItsTimeLimit() {
        String nested = "(".repeat(400) + "1" + ")".repeat(400);
        long start = System.nanoTime();
        List<SqlStatement> statements = SqlClassifier.classify(
                "INSERT INTO t (a) VALUES (" + nested + ");", SqlOptions.defaults(SqlDialect.POSTGRESQL));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofMillis(3 * StatementParser.TIMEOUT_MILLIS));
        assertThat(statements).singleElement().satisfies(statement -> assertThat(statement.reason())
                .isIn("inserts into t", "the parser ran out of time on it", "the parser could not fully parse it"));
    }

    @Test
    void statementsRecordTheirLineAndRefuseNonsense() {
        assertThatThrownBy(() -> new SqlStatement("x", 0, java.util.Optional.empty(), "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long parserThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("syzygy-sql-parser") && thread.isAlive())
                .count();
    }

    @Test
    void oneThreadServesAWholeReadAndEndsByItselfWhenIdle() throws InterruptedException {
        long before = parserThreads();
        StatementParser parser = new StatementParser(); // deliberately never closed, as a reader leaves it
        for (int i = 0; i < 20; i++) {
            SqlClassifier.classify(
                    "ALTER TABLE t" + i + " ADD COLUMN a int; CREATE INDEX i" + i + " ON t" + i + " (a);",
                    SqlOptions.defaults(SqlDialect.POSTGRESQL),
                    parser);
        }
        assertThat(parserThreads()).isLessThanOrEqualTo(before + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (parserThreads() > before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(parserThreads()).as("idle parser threads left running").isLessThanOrEqualTo(before);
    }
}
