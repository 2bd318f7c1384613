package io.github.liquibasesyzygy.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The changelog every deployer of a trial applies: {@code size} transactional pre-deploy changesets, each creating
 * table {@code chaos_N} and inserting the one row {@code N}, so that a changeset applied twice shows as a second row
 * (or a failed {@code CREATE TABLE}) and a half-applied one as a table that DATABASECHANGELOG does not record.
 */
final class ChaosChangelog {

    static final String FILE = "chaos.xml";

    private ChaosChangelog() {}

    /** Writes the changelog into {@code dir}; returns its name relative to it. */
    static String write(Path dir, int size) throws IOException {
        StringBuilder xml = new StringBuilder(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (int i = 0; i < size; i++) {
            xml.append(
                    """
                      <changeSet id="%1$d" author="chaos" context="pre-deploy">
                        <createTable tableName="%2$s%1$d"><column name="id" type="int"/></createTable>
                        <insert tableName="%2$s%1$d"><column name="id" valueNumeric="%1$d"/></insert>
                      </changeSet>
                    """
                            .formatted(i, table("")));
        }
        xml.append("</databaseChangeLog>\n");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FILE), xml);
        return FILE;
    }

    /** The table of changeset {@code id}. */
    static String table(String id) {
        return "chaos_" + id;
    }
}
