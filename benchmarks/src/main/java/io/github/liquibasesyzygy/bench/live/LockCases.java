package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.XmlChangelog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The changes the lock-safety benchmark applies to {@code accounts}, each the way plain Liquibase writes it and the
 * extension's way, with the same DDL where the DDL is the same: the difference measured is how the lock is taken.
 * Each is a changelog of one changeset; {@link #reset} puts the table back after it.
 */
final class LockCases {

    /** What a case changes, so that a run can tell whether it was applied. */
    enum Kind {
        /** Adds the column {@code status}. */
        COLUMN,
        /** Builds the index {@code accounts_name}. */
        INDEX,
        /** Makes {@code nick} NOT NULL. */
        NOT_NULL
    }

    /** One run: what it applies, through which Liquibase, with which settings, and behind how long a blocker. */
    record Case(
            String label,
            Kind kind,
            boolean extension,
            String file,
            String contexts,
            Map<String, String> settings,
            long blockerMillis,
            String reset) {

        Case withBlocker(long millis) {
            return new Case(label, kind, extension, file, contexts, settings, millis, reset);
        }

        Case labelled(String newLabel, Map<String, String> newSettings) {
            return new Case(newLabel, kind, extension, file, contexts, newSettings, blockerMillis, reset);
        }
    }

    /** The workload's INSERT: {@code nick} is always written, so it never holds a NULL. */
    static final String INSERT = "INSERT INTO accounts (name, balance, nick) VALUES (?, ?, 'w')";

    private static final String PLAIN_HEADER =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                               xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                   http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
            """;

    private static final String COLUMN = """
              <column name="status" type="varchar(20)"/>""";

    static final Case ADD_COLUMN = new Case(
            "plain addColumn",
            Kind.COLUMN,
            false,
            "plain-add-column.xml",
            null,
            Map.of(),
            0,
            "ALTER TABLE accounts DROP COLUMN status");
    static final Case ADD_COLUMN_STAGED = new Case(
            "addColumnStaged",
            Kind.COLUMN,
            true,
            "staged-add-column.xml",
            "pre-deploy",
            Map.of(),
            0,
            "ALTER TABLE accounts DROP COLUMN IF EXISTS status");
    static final Case CREATE_INDEX = new Case(
            "plain createIndex",
            Kind.INDEX,
            false,
            "plain-create-index.xml",
            null,
            Map.of(),
            0,
            "DROP INDEX accounts_name");
    static final Case CREATE_INDEX_CONCURRENTLY = new Case(
            "createIndexConcurrently",
            Kind.INDEX,
            true,
            "staged-create-index.xml",
            "pre-deploy",
            Map.of(),
            0,
            "DROP INDEX accounts_name");
    static final Case ADD_NOT_NULL = new Case(
            "plain addNotNullConstraint",
            Kind.NOT_NULL,
            false,
            "plain-not-null.xml",
            null,
            Map.of(),
            0,
            "ALTER TABLE accounts ALTER COLUMN nick DROP NOT NULL");
    static final Case ADD_NOT_NULL_STAGED = new Case(
            "addNotNullConstraintStaged",
            Kind.NOT_NULL,
            true,
            "staged-not-null.xml",
            "post-deploy",
            Map.of(),
            0,
            "ALTER TABLE accounts ALTER COLUMN nick DROP NOT NULL");

    private LockCases() {}

    /** Writes every case's changelog into {@code dir}. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        plain(dir, ADD_COLUMN, "<addColumn tableName=\"accounts\">\n" + COLUMN + "\n</addColumn>");
        staged(
                dir,
                ADD_COLUMN_STAGED,
                "",
                "<syzygy:addColumnStaged tableName=\"accounts\">\n" + COLUMN + "\n</syzygy:addColumnStaged>");
        plain(
                dir,
                CREATE_INDEX,
                "<createIndex tableName=\"accounts\" indexName=\"accounts_name\">"
                        + "<column name=\"name\"/></createIndex>");
        staged(
                dir,
                CREATE_INDEX_CONCURRENTLY,
                " runInTransaction=\"false\"",
                "<syzygy:createIndexConcurrently tableName=\"accounts\" indexName=\"accounts_name\">"
                        + "<column name=\"name\"/></syzygy:createIndexConcurrently>");
        plain(
                dir,
                ADD_NOT_NULL,
                "<addNotNullConstraint tableName=\"accounts\" columnName=\"nick\" columnDataType=\"text\"/>");
        staged(
                dir,
                ADD_NOT_NULL_STAGED,
                " runInTransaction=\"false\"",
                "<syzygy:addNotNullConstraintStaged tableName=\"accounts\" columnName=\"nick\" columnDataType=\"text\"/>");
    }

    private static void plain(Path dir, Case c, String change) throws IOException {
        Files.writeString(
                dir.resolve(c.file()),
                PLAIN_HEADER + "<changeSet id=\"1\" author=\"bench\">" + change
                        + "</changeSet>\n</databaseChangeLog>\n");
    }

    private static void staged(Path dir, Case c, String attributes, String change) throws IOException {
        Files.writeString(
                dir.resolve(c.file()),
                XmlChangelog.HEADER + "<changeSet id=\"1\" author=\"bench\"" + attributes + ">" + change
                        + "</changeSet>\n</databaseChangeLog>\n");
    }
}
