package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** A library jar shipping changelogs, built by the test: changelogs its user cannot edit. */
final class LibraryJar {

    /** The library's changelog inside the jar. */
    static final String CHANGELOG = "syzygy-lib/inventory/changelog.xml";

    private LibraryJar() {}

    /**
     * A jar holding {@link #CHANGELOG}: {@code 1::lib} creates a table (inferred pre-deploy), {@code 2::lib} is raw
     * SQL (ambiguous: only a setting can stage it).
     */
    static Path inventory() {
        String changelog =
                """
                  <changeSet id="1" author="lib">
                    <createTable tableName="lib_items">
                      <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                    </createTable>
                  </changeSet>
                  <changeSet id="2" author="lib">
                    <!-- CREATE TABLE ... AS: raw SQL whose columns the classifier cannot see, so ambiguous. -->
                    <sql>CREATE TABLE lib_audit AS SELECT id FROM lib_items</sql>
                  </changeSet>
                """;
        return build(Map.of(CHANGELOG, GeneratedChangelogs.document(changelog)));
    }

    /**
     * A jar holding {@link #CHANGELOG} whose {@code 1::lib} declares its stage with a misspelt context
     * ({@code pre_deploy}): a library author's typo the user cannot fix in place.
     */
    static Path misspelt() {
        String changelog =
                """
                  <changeSet id="1" author="lib" context="pre_deploy">
                    <createTable tableName="lib_items">
                      <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                    </createTable>
                  </changeSet>
                """;
        return build(Map.of(CHANGELOG, GeneratedChangelogs.document(changelog)));
    }

    static Path build(Map<String, String> entries) {
        Path jar = ItSettings.workDir()
                .resolve("jars")
                .resolve("lib-" + UUID.randomUUID().toString().substring(0, 8) + ".jar");
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream jarOut = new JarOutputStream(out)) {
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    jarOut.putNextEntry(new JarEntry(entry.getKey()));
                    jarOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    jarOut.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /**
     * A working directory holding {@code app.xml}, the application's root changelog: its own table, then the
     * library's changelog included from the classpath.
     */
    static Path appDirectory() {
        Path dir = ItSettings.workDir()
                .resolve("apps")
                .resolve("app-" + UUID.randomUUID().toString().substring(0, 8));
        String app =
                """
                  <changeSet id="app-1" author="app">
                    <createTable tableName="app_orders">
                      <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                    </createTable>
                  </changeSet>
                  <include file="%s"/>
                """
                        .formatted(CHANGELOG);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("app.xml"), GeneratedChangelogs.document(app));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
