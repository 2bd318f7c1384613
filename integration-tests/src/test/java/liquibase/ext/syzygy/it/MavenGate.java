package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The README's Maven recipe for the CI gate: {@code exec-maven-plugin} runs {@code stage-plan} from the project's
 * test classpath in the {@code verify} phase, so {@code mvn verify} fails when the plan has errors.
 */
final class MavenGate {

    /** The recipe as in the README ("CI recipe", Maven), with the versions and the URL to fill in. */
    static final String POM =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>example</groupId>
              <artifactId>stage-gate</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <properties>
                <db.url>%s</db.url>
                <db.changelog>%s</db.changelog>
                <db.searchPath>%s</db.searchPath>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>org.liquibase</groupId>
                  <artifactId>liquibase-core</artifactId>
                  <version>%s</version>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>info.picocli</groupId>
                  <artifactId>picocli</artifactId>
                  <version>4.7.7</version>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>io.github.liquibase-syzygy</groupId>
                  <artifactId>liquibase-syzygy-ext</artifactId>
                  <version>%s</version>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>org.xerial</groupId>
                  <artifactId>sqlite-jdbc</artifactId>
                  <version>%s</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
              <build>
                <plugins>
                  <plugin>
                    <groupId>org.codehaus.mojo</groupId>
                    <artifactId>exec-maven-plugin</artifactId>
                    <version>3.5.1</version>
                    <executions>
                      <execution>
                        <id>stage-plan</id>
                        <phase>verify</phase>
                        <goals><goal>exec</goal></goals>
                        <configuration>
                          <executable>${java.home}/bin/java</executable>
                          <classpathScope>test</classpathScope>
                          <arguments>
                            <argument>-classpath</argument>
                            <classpath/>
                            <argument>liquibase.integration.commandline.LiquibaseCommandLine</argument>
                            <argument>--show-banner=false</argument>
                            <argument>--search-path=${db.searchPath}</argument>
                            <argument>--output-file=${project.build.directory}/stage-plan.junit.xml</argument>
                            <argument>stage-plan</argument>
                            <argument>--changelog-file=${db.changelog}</argument>
                            <argument>--url=${db.url}</argument>
                            <argument>--format=junit</argument>
                          </arguments>
                        </configuration>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    private MavenGate() {}

    /** Generates the project for {@code changelog} on {@code db} and runs {@code mvn -B verify} in it. */
    static Result verify(TestDatabase db, String changelog) {
        Path dir = ItSettings.workDir()
                .resolve("maven-gate")
                .resolve(UUID.randomUUID().toString().substring(0, 8));
        String pom = POM.formatted(
                db.url(),
                changelog,
                Samples.root(),
                ItSettings.liquibaseVersion(),
                ItSettings.required("projectVersion"),
                ItSettings.required("sqliteVersion"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), pom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> line = List.of(
                Paths.get(ItSettings.required("mavenHome"), "bin", "mvn").toString(),
                "-B",
                "-ntp",
                "-f",
                dir.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItSettings.path("localRepository"),
                "verify");
        Outcome outcome = Subprocess.run("mvn-gate", line, dir, Map.of("LIQUIBASE_ANALYTICS_ENABLED", "false"), 10);
        return new Result(outcome, dir.resolve("target").resolve("stage-plan.junit.xml"));
    }

    /** The build's outcome and the JUnit report it wrote. */
    record Result(Outcome outcome, Path report) {}
}
