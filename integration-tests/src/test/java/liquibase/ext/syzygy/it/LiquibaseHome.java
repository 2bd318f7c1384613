package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A Liquibase installation laid out as the distribution archive is, assembled from the Maven Central jars of the
 * CLI classpath: {@code internal/lib/liquibase-core.jar} (renamed, as the archive ships it) with core's
 * dependencies, picocli and the JDBC drivers in {@code internal/lib/}, and the extension jar in {@code lib/}, where
 * users drop extensions.
 */
final class LiquibaseHome {

    private static Path home;

    private LiquibaseHome() {}

    /**
     * The installation started as its {@code liquibase} script does:
     * {@code LIQUIBASE_HOME=<home> java -cp <home>/internal/lib/liquibase-core.jar LiquibaseLauncher ...}.
     */
    static Cli cli() {
        Path home = get();
        return new Cli(
                home.resolve("internal/lib/liquibase-core.jar").toString(),
                "dist",
                "liquibase.integration.commandline.LiquibaseLauncher",
                java.util.Map.of("LIQUIBASE_HOME", home.toString()));
    }

    /** The installation for this run's Liquibase version, assembled once. */
    static synchronized Path get() {
        if (home == null) {
            home = assemble(ItSettings.workDir().resolve("liquibase-home-" + ItSettings.liquibaseVersion()));
        }
        return home;
    }

    private static Path assemble(Path target) {
        try {
            Path internalLib = Files.createDirectories(target.resolve("internal/lib"));
            Path lib = Files.createDirectories(target.resolve("lib"));
            for (String entry : ItSettings.classpath("cliClasspathFile").split(java.io.File.pathSeparator)) {
                Path jar = Paths.get(entry);
                String name = jar.getFileName().toString();
                if (name.startsWith("liquibase-syzygy-ext")) {
                    copy(jar, lib.resolve(name));
                } else if (name.startsWith("liquibase-core-")) {
                    copy(jar, internalLib.resolve("liquibase-core.jar"));
                } else if (name.endsWith(".jar")) {
                    copy(jar, internalLib.resolve(name));
                }
            }
            if (!Files.isRegularFile(internalLib.resolve("liquibase-core.jar"))) {
                throw new IllegalStateException("liquibase-core is not on the CLI classpath");
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
