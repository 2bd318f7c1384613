package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlHeadersTest {

    private static Map<String, Integer> find(String sql) {
        return ChangeSetLines.find("db/changelog.sql", sql);
    }

    @Test
    void everyHeaderFormLiquibaseAccepts() {
        String sql =
                """

                -- Liquibase Formatted SQL
                --changeset John Doe:42 context:pre-deploy
                SELECT 1;
                --changeset "Jane Roe":43
                  --  ChangeSet 'a b':44 runOnChange:true
                --CHANGESET alice:"id with spaces"
                --changeset alice:45:46
                -- not a changeset: alice:47
                """;
        assertThat(find(sql))
                .isEqualTo(Map.of(
                        "42::John Doe", 3,
                        "43::Jane Roe", 5,
                        "44::a b", 6,
                        "id with spaces::alice", 7,
                        "45:46::alice", 8));
    }

    @Test
    void ignoredLinesAreSkippedAsLiquibaseSkipsThem() {
        String sql =
                """
                --liquibase formatted sql
                --ignoreLines:start
                --changeset a:1
                --ignoreLines:end
                --ignoreLines:1
                --changeset a:2
                --changeset a:3
                """;
        assertThat(find(sql)).isEqualTo(Map.of("3::a", 7));
    }

    @Test
    void withoutTheHeaderTheFileIsPlainSqlAndHasNoChangeSetLines() {
        assertThat(find("SELECT 1;\n--liquibase formatted sql\n--changeset a:1\n"))
                .isEmpty();
        assertThat(find("")).isEmpty();
    }

    @Test
    void crLfAndLoneCrLineBreaksAndAByteOrderMark() {
        assertThat(find("\uFEFF--liquibase formatted sql\r\n--changeset a:1\r\rSELECT 1;\r--changeset a:2\n"))
                .isEqualTo(Map.of("1::a", 2, "2::a", 5));
    }
}
