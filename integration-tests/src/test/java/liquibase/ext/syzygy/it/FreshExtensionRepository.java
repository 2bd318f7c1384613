package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small local Maven repository holding only this build's extension jar (and its poms), to be chained in front of
 * the shared local repository ({@code -Dmaven.repo.local=<this> -Dmaven.repo.local.tail=<shared>}, Maven 3.9+).
 *
 * <p>The shared local repository's SNAPSHOT can be replaced at any time by another build on the same machine; a
 * generated project resolving the extension from here always tests the jar this reactor just built.
 */
final class FreshExtensionRepository {

    private static final String GROUP_PATH = "io/github/liquibase-syzygy";

    private FreshExtensionRepository() {}

    /** Creates (or refreshes) the repository and returns its root. */
    static synchronized Path create() {
        String version = ItSettings.required("projectVersion");
        Path root = ItSettings.workDir().resolve("m2-fresh");
        Path rootDir = ItSettings.path("rootDir");
        String ext = "liquibase-syzygy-ext";
        try {
            copy(
                    rootDir.resolve(ext).resolve("target").resolve(ext + "-" + version + ".jar"),
                    root,
                    ext,
                    version,
                    "jar");
            copy(rootDir.resolve(ext).resolve("pom.xml"), root, ext, version, "pom");
            copy(rootDir.resolve("pom.xml"), root, "liquibase-syzygy-parent", version, "pom");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private static void copy(Path source, Path root, String artifactId, String version, String extension)
            throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException(
                    source + " does not exist: build the whole project first (./mvnw -B install)");
        }
        Path dir = root.resolve(GROUP_PATH).resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(
                source, dir.resolve(artifactId + "-" + version + "." + extension), StandardCopyOption.REPLACE_EXISTING);
    }
}
