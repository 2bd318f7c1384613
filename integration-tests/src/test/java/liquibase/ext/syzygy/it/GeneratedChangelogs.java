package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small changelogs written by a test into the samples search path (CLI and Maven plugin only), and the document
 * text for changelogs a test puts elsewhere (a library jar).
 */
final class GeneratedChangelogs {

    private static final String HEADER =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog
                xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                    http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
            """;

    private GeneratedChangelogs() {}

    /**
     * Writes {@code syzygy-samples/generated/<name>} with {@code body} as the changelog's content.
     *
     * @return the changelog path relative to the search path
     */
    static String write(String name, String body) {
        return writeAt("syzygy-samples/generated/" + name, body);
    }

    /** Writes a changelog at {@code path} (relative to the search path), e.g. next to the shop's root. */
    static String writeAt(String path, String body) {
        Path file = Samples.root().resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, document(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** A whole changelog document whose content is {@code body}. */
    static String document(String body) {
        return HEADER + body + "\n</databaseChangeLog>\n";
    }

    /** A changeset creating {@code table}, with {@code context} (none when null). */
    static String createTable(String id, String table, String context) {
        String contextAttribute = context == null ? "" : " context=\"" + context + "\"";
        return """
                  <changeSet id="%s" author="it"%s>
                    <createTable tableName="%s">
                      <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                    </createTable>
                  </changeSet>
                """
                .formatted(id, contextAttribute, table);
    }
}
