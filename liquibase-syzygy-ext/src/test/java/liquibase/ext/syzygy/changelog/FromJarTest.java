package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/** A changelog shipped inside a jar (a library's migrations) is recognised as such; one on disk is not. */
class FromJarTest {

    private static final String FILE = "jarred/changelog.xml";

    @Test
    void changeSetsLoadedFromAJarAreMarked() throws Exception {
        Path jar = Path.of("target", "jar-fixture", "changelogs.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry(FILE));
            jarOut.write(Files.readAllBytes(Path.of("src/test/resources/fixtures/simple/changelog.xml")));
            jarOut.closeEntry();
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            var resources = new ClassLoaderResourceAccessor(loader);
            DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
                    .getParser(FILE, resources)
                    .parse(FILE, new ChangeLogParameters(), resources);

            for (ChangeSet changeSet : changeLog.getChangeSets()) {
                assertThat(ChangeSetStages.facts(changeSet).orElseThrow().fromJar())
                        .isTrue();
            }
        }
    }

    @Test
    void anApplicationsOwnClassesInsideABootJarOrWarAreNotThirdParty() {
        assertThat(ChangeSetFactsReader.isApplicationClasses(
                        "jar:nested:/srv/app.jar/!BOOT-INF/classes/!/db/changelog.xml"))
                .isTrue();
        assertThat(ChangeSetFactsReader.isApplicationClasses("jar:file:/srv/app.jar!/BOOT-INF/classes!/db/c.xml"))
                .isTrue();
        assertThat(ChangeSetFactsReader.isApplicationClasses("jar:file:/srv/app.war!/WEB-INF/classes/db/c.xml"))
                .isTrue();
        assertThat(ChangeSetFactsReader.isApplicationClasses(
                        "jar:file:/srv/app.jar!/BOOT-INF/lib/lib.jar!/lib/changelog.xml"))
                .isFalse();
    }

    @Test
    void changeSetsLoadedFromADirectoryAreNot() throws Exception {
        var resources = new ClassLoaderResourceAccessor();
        String file = "fixtures/simple/changelog.xml";
        DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
                .getParser(file, resources)
                .parse(file, new ChangeLogParameters(), resources);

        assertThat(ChangeSetStages.facts(changeLog.getChangeSets().get(0))
                        .orElseThrow()
                        .fromJar())
                .isFalse();
    }
}
