package liquibase.ext.syzygy.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.ext.syzygy.fact.SqlStatement;
import liquibase.util.StringUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The classifier sees exactly the statements Liquibase's own splitter gives, at the lines they start on. */
class LiquibaseSplitterTest {

    private static final String SQL =
            "-- head\nCREATE TABLE a (id int);\n\n/* x */ INSERT INTO a VALUES (';');\nGO\n" + "UPDATE a SET id = 2";

    @Test
    void splitsAsLiquibaseDoes() {
        assertThat(LiquibaseSplitter.split(SQL, false, true, null))
                .containsExactly(StringUtil.processMultiLineSQL(SQL.trim(), false, true, null));
        assertThat(LiquibaseSplitter.split(SQL, false, false, null)).hasSize(1);
    }

    /** On every corpus block Liquibase splits as one statement per piece, the classifier reads exactly its pieces. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("liquibase.ext.syzygy.sql.SqlClassifierCorpusTest#blocks")
    void readsExactlyThePiecesLiquibaseExecutes(SqlCorpus block) {
        SqlOptions options = block.options();
        String[] pieces = StringUtil.processMultiLineSQL(
                block.sql().trim(), options.stripComments(), options.splitStatements(), options.endDelimiter());
        List<String> expected = java.util.Arrays.stream(pieces)
                .map(SqlText::withoutLeadingComments)
                .filter(piece -> !piece.isEmpty())
                .toList();
        List<String> texts = SqlClassifier.classify(block.sql(), options).stream()
                .map(SqlStatement::text)
                .toList();
        if (expected.stream().noneMatch(piece -> piece.contains(";"))) {
            assertThat(texts).containsExactlyElementsOf(expected);
        } else {
            assertThat(String.join("", texts).replaceAll("[\\s;]", ""))
                    .isEqualTo(String.join("", expected).replaceAll("[\\s;]", ""));
        }
    }

    @Test
    void eachStatementHasItsLineAndTextWithoutLeadingComments() {
        List<SqlStatement> statements = SqlClassifier.classify(SQL, SqlOptions.defaults(SqlDialect.POSTGRESQL));
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 4, 6);
        assertThat(statements)
                .extracting(SqlStatement::text)
                .containsExactly("CREATE TABLE a (id int)", "INSERT INTO a VALUES (';')", "UPDATE a SET id = 2");
    }

    @Test
    void strippedCommentsKeepTheLines() {
        List<SqlStatement> statements =
                SqlClassifier.classify(SQL, new SqlOptions(SqlDialect.POSTGRESQL, true, null, true));
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 4, 6);
    }

    @Test
    void carriageReturnsDoNotShiftLines() {
        List<SqlStatement> statements = SqlClassifier.classify(
                "CREATE TABLE a (id int);\r\n\r\nDROP TABLE b;", SqlOptions.defaults(SqlDialect.SQLITE));
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3);
    }

    @Test
    void emptySqlHasNoStatements() {
        assertThat(SqlClassifier.classify("  \n -- only a comment\n", SqlOptions.defaults(SqlDialect.OTHER)))
                .isEmpty();
    }
}
