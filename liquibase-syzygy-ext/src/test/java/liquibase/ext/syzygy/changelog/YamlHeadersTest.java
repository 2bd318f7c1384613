package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlHeadersTest {

    private static Map<String, Integer> find(String yaml) {
        return ChangeSetLines.find("db/changelog.yaml", yaml);
    }

    @Test
    void nestedIdsAndBlockScalarsAreNotTheChangeSetsOwn() {
        String yaml =
                """
                databaseChangeLog:
                - changeSet:
                    changes:
                    - customChange:
                        id: nested
                    - sql:
                        sql: |
                          -- id: in-sql
                    id: real
                    author: a
                """;
        assertThat(find(yaml)).isEqualTo(Map.of("real::a", 2));
    }

    @Test
    void flowMappingsOnOneLineOrSeveral() {
        String yaml =
                """
                databaseChangeLog:
                  - changeSet: {id: one, author: "a, b", changes: [{dropTable: {tableName: t}}]}
                  - changeSet: {
                      author: 'it''s',
                      "id": two }
                  - changeSet:
                      id: three
                      author: c
                """;
        assertThat(find(yaml)).isEqualTo(Map.of("one::a, b", 2, "two::it's", 3, "three::c", 6));
    }

    @Test
    void quotedKeysCommentsAndDocumentMarkers() {
        String yaml =
                """
                # header comment
                ---
                databaseChangeLog:
                  - "changeSet":
                      # a comment line at another indentation
                      'id': "tab\\there"   # trailing comment
                      "author": x#not-a-comment
                """;
        assertThat(find(yaml)).isEqualTo(Map.of("tab\there::x#not-a-comment", 4));
    }

    @Test
    void plainScalarsAreTypedAsSnakeYamlTypesThem() {
        assertThat(YamlScalars.resolve("1.10")).isEqualTo("1.1");
        assertThat(YamlScalars.resolve("2")).isEqualTo("2");
        assertThat(YamlScalars.resolve("010")).isEqualTo("8");
        assertThat(YamlScalars.resolve("1_000")).isEqualTo("1000");
        assertThat(YamlScalars.resolve("yes")).isEqualTo("true");
        assertThat(YamlScalars.resolve("1.0-customers")).isEqualTo("1.0-customers");
        assertThat(YamlScalars.resolve("2024-01-01")).isEqualTo("2024-01-01");
    }

    @Test
    void aChangeSetWithoutIdOrAuthorIsAbsent() {
        String yaml =
                """
                databaseChangeLog:
                  - changeSet:
                      id: lonely
                  - changeSet:
                    id: sibling-not-child
                    author: a
                """;
        assertThat(find(yaml)).isEmpty();
    }
}
