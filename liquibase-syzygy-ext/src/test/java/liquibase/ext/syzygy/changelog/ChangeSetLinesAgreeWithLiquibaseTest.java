package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.core.formattedsql.FormattedSqlChangeLogParser;
import liquibase.parser.core.json.JsonChangeLogParser;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.parser.core.yaml.YamlChangeLogParser;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ids and authors the scanners read are the ones Liquibase's own parsers produce (numbers, quotes, entities,
 * authors with spaces), so every changeset Liquibase parses is found, on the line its header starts.
 */
class ChangeSetLinesAgreeWithLiquibaseTest {

    @TempDir
    Path dir;

    @Test
    void xml() throws Exception {
        String xml =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <lb:databaseChangeLog xmlns:lb="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                      http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                  <!-- <lb:changeSet id="1" author="John Doe"> -->
                  <lb:changeSet
                      author='John Doe' id="1"><lb:sql>SELECT 1</lb:sql></lb:changeSet>
                  <lb:changeSet id="a&amp;b&#33;" author="x" labels="a > b"><lb:sql>SELECT 2</lb:sql></lb:changeSet>
                </lb:databaseChangeLog>
                """;
        assertAgree("changelog.xml", xml, new XMLChangeLogSAXParser(), List.of(7, 9));
    }

    @Test
    void yaml() throws Exception {
        String yaml =
                """
                databaseChangeLog:
                  - changeSet:
                      id: 1.10
                      author: John Doe   # a comment
                      changes:
                        - sql: {sql: "SELECT 1"}
                  - changeSet: {id: "2", author: 'it''s', changes: [{sql: {sql: SELECT 2}}]}
                  - changeSet:
                      changes:
                        - sql:
                            sql: |
                              SELECT 3
                      author: "x"
                      id: 010
                """;
        assertAgree("changelog.yaml", yaml, new YamlChangeLogParser(), List.of(2, 7, 8));
    }

    @Test
    void json() throws Exception {
        String json =
                """
                {"databaseChangeLog": [
                  {"changeSet": {"id": 1.10, "author": "John \\"JD\\" Doe",
                    "changes": [{"sql": {"sql": "SELECT 1"}}]}},
                  {"changeSet": {"changes": [{"sql": {"sql": "SELECT 2"}}], "author": "x", "id": 2}}
                ]}
                """;
        assertAgree("changelog.json", json, new JsonChangeLogParser(), List.of(2, 4));
    }

    @Test
    void formattedSql() throws Exception {
        String sql =
                """

                --Liquibase formatted SQL
                --changeset John Doe:42 context:pre-deploy
                SELECT 1;
                -- changeset "Jane Roe":43
                SELECT 2;
                --  CHANGESET 'Max Mustermann':44:a runOnChange:true
                SELECT 3;
                --ignoreLines:start
                --changeset ignored:1
                --ignoreLines:end
                --changeset alice:"id with spaces"
                SELECT 4;
                """;
        assertAgree("changelog.sql", sql, new FormattedSqlChangeLogParser(), List.of(3, 5, 7, 12));
    }

    private void assertAgree(String file, String text, ChangeLogParser parser, List<Integer> expectedLines)
            throws Exception {
        Files.writeString(dir.resolve(file), text);
        List<ChangeSet> changeSets = parser.parse(file, new ChangeLogParameters(), new DirectoryResourceAccessor(dir))
                .getChangeSets();
        Map<String, Integer> lines = ChangeSetLines.find(file, text);

        assertThat(changeSets)
                .extracting(changeSet -> lines.get(ChangeSetLines.key(changeSet.getId(), changeSet.getAuthor())))
                .containsExactlyElementsOf(expectedLines);
        assertThat(lines).hasSameSizeAs(expectedLines);
    }
}
