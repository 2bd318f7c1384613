package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSetLinesTest {

    @Test
    void xmlStartTagsWithAttributesInAnyOrderAcrossLines() {
        String xml =
                """
                <?xml version="1.0"?>
                <databaseChangeLog>
                    <changeSet id="1" author="alice">
                        <createTable tableName="t"><column name="id" type="int"/></createTable>
                    </changeSet>
                    <!-- author before id, single quotes, entity, namespace prefix -->
                    <lb:changeSet
                        author='bob &amp; co'
                        id="2">
                    </lb:changeSet>
                    <changeSetExtra id="9" author="x"/>
                    <changeSet id="3" author="alice" context="post-deploy"/>
                </databaseChangeLog>
                """;
        assertThat(ChangeSetLines.find("db/a.xml", xml))
                .isEqualTo(Map.of("1::alice", 3, "2::bob & co", 7, "3::alice", 12));
    }

    @Test
    void yamlChangeSetBlocks() {
        String yaml =
                """
                databaseChangeLog:
                  - changeSet:
                      id: 1.0-customers
                      author: shop
                      changes:
                        - createTable:
                            tableName: customer
                  - changeSet:
                      author: "shop team"   # a comment
                      id: '2'
                """;
        assertThat(ChangeSetLines.find("db/a.yaml", yaml))
                .isEqualTo(Map.of("1.0-customers::shop", 2, "2::shop team", 8));
        assertThat(ChangeSetLines.find("db/a.YML", yaml)).hasSize(2);
    }

    @Test
    void jsonChangeSetBlocks() {
        String json =
                """
                {"databaseChangeLog": [
                  {"changeSet": {
                    "id": "1",
                    "author": "a\\"b",
                    "changes": [{"createTable": {"tableName": "t"}}]
                  }},
                  {
                    "changeSet": {"author": "c", "id": 2}
                  }
                ]}
                """;
        assertThat(ChangeSetLines.find("db/a.json", json)).isEqualTo(Map.of("1::a\"b", 2, "2::c", 8));
    }

    @Test
    void formattedSql() {
        String sql =
                """
                --liquibase formatted sql

                --changeset alice:1 context:pre-deploy
                CREATE TABLE t (id INT);
                  -- changeset "bob smith":2-drop runOnChange:true
                DROP TABLE t;
                -- not a changeset: alice:3
                """;
        assertThat(ChangeSetLines.find("db/a.sql", sql)).isEqualTo(Map.of("1::alice", 3, "2-drop::bob smith", 5));
    }

    @Test
    void unknownFormatsAndMissingAttributesFindNothing() {
        assertThat(ChangeSetLines.find("db/a.groovy", "changeSet(id: '1', author: 'a')"))
                .isEmpty();
        assertThat(ChangeSetLines.find("db/a.xml", "<changeSet id=\"${id}\">")).isEmpty();
    }

    @Test
    void theSampleFixturesAreFound() throws Exception {
        Path xml = Path.of("src/test/resources/fixtures/simple/changelog.xml");
        assertThat(ChangeSetLines.find(xml.toString(), Files.readString(xml)))
                .isEqualTo(Map.of("1::alice", 6, "2::alice", 11, "3::alice", 16));
    }
}
