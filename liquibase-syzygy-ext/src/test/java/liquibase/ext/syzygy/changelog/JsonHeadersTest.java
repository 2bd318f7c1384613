package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonHeadersTest {

    private static Map<String, Integer> find(String json) {
        return ChangeSetLines.find("db/changelog.json", json);
    }

    @Test
    void nestedMembersOfTheSameNameAreNotTheChangeSetsOwn() {
        String json =
                """
                {"databaseChangeLog": [
                  {"changeSet": {
                    "changes": [{"customChange": {"id": "nested", "author": "nested"}}],
                    "author": "a",
                    "id": "real"
                  }}
                ]}
                """;
        assertThat(find(json)).isEqualTo(Map.of("real::a", 2));
    }

    @Test
    void severalChangeSetsOnOneLineWithEscapes() {
        String json = "{\"databaseChangeLog\":[{\"changeSet\":{\"id\":\"\\u0041\\/b\",\"author\":\"x\"}},"
                + "{\"changeSet\":{\"id\":7,\"author\":\"x \\\"y\\\"\"}},{\"comment\":\"\\\"changeSet\\\": {\"}]}";
        assertThat(find(json)).isEqualTo(Map.of("A/b::x", 1, "7::x \"y\"", 1));
    }

    @Test
    void aChangeSetStringValueIsNotAChangeSet() {
        assertThat(find("{\"changeSet\": \"x\", \"id\": \"1\", \"author\": \"a\"}"))
                .isEmpty();
    }
}
