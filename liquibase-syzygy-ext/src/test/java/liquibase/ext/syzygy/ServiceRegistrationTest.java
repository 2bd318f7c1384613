package liquibase.ext.syzygy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import liquibase.change.Change;
import liquibase.parser.NamespaceDetails;
import liquibase.sqlgenerator.SqlGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service files are the table of contents: every class listed loads and implements the service, and every
 * concrete implementation in the staged-change packages is listed.
 */
class ServiceRegistrationTest {

    private static final Path MAIN = Path.of("src/main/java");

    @ParameterizedTest
    @ValueSource(classes = {Change.class, SqlGenerator.class, NamespaceDetails.class})
    void everyImplementationIsListedAndLoads(Class<?> service) throws Exception {
        List<String> listed = listed(service);
        for (String name : listed) {
            Class<?> type = Class.forName(name);
            assertThat(service).as(name).isAssignableFrom(type);
            assertThat(type.getConstructor())
                    .as(name + " needs a public no-arg constructor")
                    .isNotNull();
        }
        assertThat(listed).containsAll(implementations(service));
    }

    private static List<String> listed(Class<?> service) throws IOException {
        try (InputStream in =
                ServiceRegistrationTest.class.getResourceAsStream("/META-INF/services/" + service.getName())) {
            assertThat(in).as("service file for " + service.getName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    private static List<String> implementations(Class<?> service) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (String pkg : List.of("change", "sqlgenerator", "namespace")) {
            try (Stream<Path> files =
                    Files.walk(MAIN.resolve("liquibase/ext/syzygy").resolve(pkg))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name =
                            MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                    Class<?> type = load(name);
                    if (type != null
                            && service.isAssignableFrom(type)
                            && !Modifier.isAbstract(type.getModifiers())
                            && Modifier.isPublic(type.getModifiers())) {
                        found.add(name);
                    }
                }
            }
        }
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
