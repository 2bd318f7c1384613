package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample changelogs from the {@code sample-changelogs} jar on the test classpath.
 *
 * <p>The Java API reads them from the classpath; the CLI and the Maven plugin read the same files from a directory
 * ({@code --search-path}), copied once from the jar. Either way the changelog paths, and so the changeset ids, are
 * {@code syzygy-samples/...}.
 */
final class Samples {

    static final String SHOP = "syzygy-samples/shop/changelog-root.xml";
    static final String SHOP_RELEASES = "syzygy-samples/shop/releases/";

    private static Path root;

    private Samples() {}

    static String scenario(String name) {
        return "syzygy-samples/scenarios/" + name + "/changelog.xml";
    }

    static String scenarioFile(String name, String file) {
        return "syzygy-samples/scenarios/" + name + "/" + file;
    }

    /** A directory holding {@code syzygy-samples/}, to pass as a search path. */
    static synchronized Path root() {
        if (root == null) {
            root = copyFromClasspath();
        }
        return root;
    }

    private static Path copyFromClasspath() {
        URL marker = Samples.class.getClassLoader().getResource(SHOP);
        if (marker == null) {
            throw new IllegalStateException(SHOP + " is not on the test classpath (sample-changelogs dependency)");
        }
        Path target = ItSettings.workDir().resolve("samples");
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath("/syzygy-samples"), target.resolve("syzygy-samples"));
                }
            } else {
                Path shop = Paths.get(uri);
                copyTree(shop.getParent().getParent(), target.resolve("syzygy-samples"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }

    /** Copies the directory tree {@code from} to {@code to}, replacing files that exist. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
