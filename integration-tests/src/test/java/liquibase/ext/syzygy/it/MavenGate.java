package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's Maven recipe for the CI gate, taken verbatim from the README ({@code maven-gate} markers):
 * {@code exec-maven-plugin} runs {@code stage-plan} from the project's test classpath in the {@code verify} phase,
 * so {@code mvn verify} fails when the plan has errors. Only the versions are swapped for the build's own, and the
 * SQLite driver is added.
 */
final class MavenGate {

    private static final Pattern RECIPE = Pattern.compile(
            "<!-- maven-gate:start[^>]*-->\\s*```xml\\n(.*?)```\\s*<!-- maven-gate:end -->", Pattern.DOTALL);

    private MavenGate() {}

    /** The recipe block of the README. */
    static String recipe() {
        try {
            Matcher matcher =
                    RECIPE.matcher(Files.readString(ItSettings.path("rootDir").resolve("README.md")));
            if (!matcher.find()) {
                throw new IllegalStateException("README.md has no maven-gate recipe block");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project made of the README recipe, with this build's versions and the SQLite driver. */
    static String pom() {
        String recipe = version(recipe(), "liquibase-core", ItSettings.liquibaseVersion());
        recipe = version(recipe, "liquibase-syzygy-ext", ItSettings.required("projectVersion"));
        recipe = recipe.replace(
                "</dependencies>",
                """
                  <dependency>
                    <groupId>org.xerial</groupId>
                    <artifactId>sqlite-jdbc</artifactId>
                    <version>%s</version>
                    <scope>test</scope>
                  </dependency>
                </dependencies>"""
                        .formatted(ItSettings.required("sqliteVersion")));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                <modelVersion>4.0.0</modelVersion>
                <groupId>example</groupId>
                <artifactId>stage-gate</artifactId>
                <version>1</version>
                <packaging>pom</packaging>
                %s</project>
                """
                .formatted(recipe);
    }

    private static String version(String recipe, String artifactId, String version) {
        return recipe.replaceFirst(
                "(<artifactId>" + artifactId + "</artifactId>\\s*<version>)[^<]+",
                "$1" + Matcher.quoteReplacement(version));
    }

    /** Generates the project and runs {@code mvn -B verify} in it for {@code changelog} on {@code db}. */
    static Result verify(TestDatabase db, String changelog) {
        Path dir = ItSettings.workDir()
                .resolve("maven-gate")
                .resolve(UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), pom());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> line = List.of(
                Paths.get(ItSettings.required("mavenHome"), "bin", "mvn").toString(),
                "-B",
                "-ntp",
                "-f",
                dir.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + FreshExtensionRepository.create(),
                "-Dmaven.repo.local.tail=" + ItSettings.path("localRepository"),
                "-Ddb.url=" + db.url(),
                "-Ddb.changelog=" + changelog,
                "-Ddb.searchPath=" + Samples.root(),
                "verify");
        Outcome outcome = Subprocess.run("mvn-gate", line, dir, Map.of("LIQUIBASE_ANALYTICS_ENABLED", "false"), 10);
        return new Result(outcome, dir.resolve("target").resolve("stage-plan.junit.xml"));
    }

    /** The build's outcome and the JUnit report it wrote. */
    record Result(Outcome outcome, Path report) {}
}
