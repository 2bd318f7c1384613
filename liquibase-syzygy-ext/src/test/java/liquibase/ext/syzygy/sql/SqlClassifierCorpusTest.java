package liquibase.ext.syzygy.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus ({@code sql/corpus-*.sql}): every statement of every block gets exactly its expected verdict:
 * the equivalent change with its key properties and columns, or undecidable with its reason.
 */
class SqlClassifierCorpusTest {

    static final List<String> CORPORA = List.of(
            "/sql/corpus-postgresql.sql",
            "/sql/corpus-sqlite.sql",
            "/sql/corpus-splitting.sql",
            "/sql/corpus-shapes.sql");

    static Stream<SqlCorpus> blocks() {
        return CORPORA.stream().flatMap(corpus -> SqlCorpus.load(corpus).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyStatementGetsItsExpectedVerdict(SqlCorpus block) {
        List<String> actual = SqlClassifier.described(block.sql(), block.options()).stream()
                .map(SqlCorpus::render)
                .toList();
        assertThat(actual).as(block.title()).containsExactlyElementsOf(block.expected());
    }

    @Test
    void theCorpusHoldsAFewHundredStatements() {
        long statements = blocks().mapToLong(block -> block.expected().size()).sum();
        assertThat(statements).isGreaterThanOrEqualTo(290);
    }
}
