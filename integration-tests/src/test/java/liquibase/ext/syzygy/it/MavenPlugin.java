package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Liquibase Maven plugin ({@code org.liquibase:liquibase-maven-plugin:${liquibase.version}}) with the extension
 * and the JDBC drivers as plugin dependencies, run as {@code mvn -B} on a generated pom under target/.
 *
 * <p>The extension is resolved from the local repository, so {@link #checkInstalledExtensionIsFresh()} first makes
 * sure the installed jar is the one this reactor built.
 */
final class MavenPlugin implements Entrypoint {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static final String EXT = "liquibase-syzygy-ext";

    /**
     * Fails unless the extension jar in the local repository equals {@code liquibase-syzygy-ext/target/*.jar}:
     * otherwise the plugin would silently test an older build.
     */
    static void checkInstalledExtensionIsFresh() {
        String version = ItSettings.required("projectVersion");
        String jarName = EXT + "-" + version + ".jar";
        Path installed = ItSettings.path("localRepository")
                .resolve(ItSettings.required("projectGroupId").replace('.', '/'))
                .resolve(EXT)
                .resolve(version)
                .resolve(jarName);
        Path built = ItSettings.path("rootDir").resolve(EXT).resolve("target").resolve(jarName);
        if (!Files.isRegularFile(built)) {
            throw new IllegalStateException("The extension jar " + built
                    + " does not exist: build the whole project first (./mvnw -B install)");
        }
        if (!Files.isRegularFile(installed)) {
            throw new IllegalStateException("The extension is not installed in the local repository (" + installed
                    + "); the Maven plugin tests resolve it from there: run ./mvnw -B install");
        }
        try {
            if (Files.mismatch(installed, built) != -1) {
                throw new IllegalStateException("Stale extension in the local repository: " + installed
                        + " differs from the reactor's " + built
                        + ". The Maven plugin would test the old jar: run ./mvnw -B install");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Outcome update(TestDatabase db, String changelog, String contexts, Map<String, String> settings) {
        return run(db, "update", changelog, contexts, settings, null);
    }

    /** {@code liquibase:updateSQL}, writing the SQL to {@code outputFile}. */
    Outcome updateSql(TestDatabase db, String changelog, String contexts, Path outputFile) {
        return run(db, "updateSQL", changelog, contexts, Map.of(), outputFile);
    }

    /**
     * Runs {@code mvn -B liquibase:<goal>} with {@code -Dliquibase.contexts=<contexts>} (omitted when null) and
     * {@code settings} as {@code -D} system properties.
     */
    Outcome run(
            TestDatabase db,
            String goal,
            String changelog,
            String contexts,
            Map<String, String> settings,
            Path sqlOutputFile) {
        return run(db, goal, changelog, contexts, settings, sqlOutputFile, Map.of());
    }

    /** {@code liquibase:update} with {@code systemProperties} in the plugin's {@code <systemProperties>}. */
    Outcome updateWithPomSystemProperties(
            TestDatabase db, String changelog, String contexts, Map<String, String> systemProperties) {
        return run(db, "update", changelog, contexts, Map.of(), null, systemProperties);
    }

    private Outcome run(
            TestDatabase db,
            String goal,
            String changelog,
            String contexts,
            Map<String, String> settings,
            Path sqlOutputFile,
            Map<String, String> systemProperties) {
        List<String> line = commandLine(db, goal, changelog, contexts, settings, sqlOutputFile, systemProperties);
        return Subprocess.run("mvn-" + goal, line, workDir(line), Map.of("LIQUIBASE_ANALYTICS_ENABLED", "false"), 10);
    }

    /**
     * Starts {@code liquibase:update} without waiting for it (to run it beside other deployers), with
     * {@code systemProperties} in the plugin's {@code <systemProperties>}.
     */
    Subprocess.Running startUpdate(
            TestDatabase db, String changelog, String contexts, Map<String, String> systemProperties) {
        List<String> line = commandLine(db, "update", changelog, contexts, Map.of(), null, systemProperties);
        return Subprocess.start("mvn-update", line, workDir(line), Map.of("LIQUIBASE_ANALYTICS_ENABLED", "false"));
    }

    /** The directory of the generated pom named by {@code -f} in {@code line}. */
    private static Path workDir(List<String> line) {
        return Paths.get(line.get(line.indexOf("-f") + 1)).getParent();
    }

    private static List<String> commandLine(
            TestDatabase db,
            String goal,
            String changelog,
            String contexts,
            Map<String, String> settings,
            Path sqlOutputFile,
            Map<String, String> systemProperties) {
        Path dir = ItSettings.workDir()
                .resolve("maven")
                .resolve(String.format("%03d-%s", COUNTER.incrementAndGet(), goal));
        try {
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("pom.xml"),
                    pom(db, changelog, sqlOutputFile, systemProperties),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> line = new ArrayList<>();
        line.add(Paths.get(ItSettings.required("mavenHome"), "bin", "mvn").toString());
        line.add("-B");
        line.add("-ntp");
        line.add("-f");
        line.add(dir.resolve("pom.xml").toString());
        line.add("-Dmaven.repo.local=" + ItSettings.path("localRepository"));
        if (contexts != null) {
            line.add("-Dliquibase.contexts=" + contexts);
        }
        settings.forEach((key, value) -> line.add("-D" + key + "=" + value));
        line.add("liquibase:" + goal);
        return line;
    }

    private static String pom(
            TestDatabase db, String changelog, Path sqlOutputFile, Map<String, String> systemProperties) {
        StringBuilder config = new StringBuilder();
        element(config, "changeLogFile", changelog);
        element(config, "searchPath", Samples.root().toString());
        element(config, "url", db.url());
        if (db.username() != null) {
            element(config, "username", db.username());
        }
        if (db.password() != null) {
            element(config, "password", db.password());
        }
        if (db.schema() != null) {
            element(config, "defaultSchemaName", db.schema());
        }
        element(config, "promptOnNonLocalDatabase", "false");
        if (sqlOutputFile != null) {
            element(config, "migrationSqlOutputFile", sqlOutputFile.toString());
        }
        if (!systemProperties.isEmpty()) {
            config.append("            <systemProperties>\n");
            systemProperties.forEach((key, value) -> {
                config.append("              <property>\n  ");
                element(config, "name", key);
                config.append("  ");
                element(config, "value", value);
                config.append("              </property>\n");
            });
            config.append("            </systemProperties>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>syzygy.it</groupId>
                  <artifactId>maven-plugin-run</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.liquibase</groupId>
                        <artifactId>liquibase-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                %s        </configuration>
                        <dependencies>
                          <dependency>
                            <groupId>%s</groupId>
                            <artifactId>%s</artifactId>
                            <version>%s</version>
                          </dependency>
                          <dependency>
                            <groupId>org.postgresql</groupId>
                            <artifactId>postgresql</artifactId>
                            <version>%s</version>
                          </dependency>
                          <dependency>
                            <groupId>org.xerial</groupId>
                            <artifactId>sqlite-jdbc</artifactId>
                            <version>%s</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """
                .formatted(
                        ItSettings.liquibaseVersion(),
                        config,
                        ItSettings.required("projectGroupId"),
                        EXT,
                        ItSettings.required("projectVersion"),
                        ItSettings.required("postgresqlVersion"),
                        ItSettings.required("sqliteVersion"));
    }

    private static void element(StringBuilder out, String name, String value) {
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        out.append("            <")
                .append(name)
                .append('>')
                .append(escaped)
                .append("</")
                .append(name)
                .append(">\n");
    }

    @Override
    public String toString() {
        return "Maven plugin";
    }
}
