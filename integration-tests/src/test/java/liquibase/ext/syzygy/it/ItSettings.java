package liquibase.ext.syzygy.it;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The build facts the failsafe configuration passes to the tests as system properties. */
final class ItSettings {

    private ItSettings() {}

    static String required(String key) {
        String value = System.getProperty("syzygy.it." + key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property syzygy.it." + key
                    + " is not set: run the integration tests through Maven (./mvnw -B install or verify)");
        }
        return value;
    }

    static Path path(String key) {
        return Paths.get(required(key)).toAbsolutePath().normalize();
    }

    /** Everything the tests write (databases, generated poms, logs) lives under here. */
    static Path workDir() {
        return path("workDir");
    }

    static String liquibaseVersion() {
        return required("liquibaseVersion");
    }

    static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The classpath the build wrote to the file named by the setting {@code key}. */
    static String classpath(String key) {
        try {
            return java.nio.file.Files.readString(path(key), java.nio.charset.StandardCharsets.UTF_8)
                    .trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
