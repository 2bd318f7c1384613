package liquibase.ext.syzygy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * META-INF/services is the table of contents of the extension: every listed class must load and fit its SPI, and
 * every concrete implementation of a registered SPI must be listed (an unlisted one is silently never used).
 */
class ServiceRegistrationTest {

    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services");
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void everyListedClassLoadsAndImplementsItsServiceInterface() throws Exception {
        for (Path file : serviceFiles()) {
            Class<?> spi = Class.forName(file.getFileName().toString());
            for (String line : providers(file)) {
                Class<?> provider = Class.forName(line);
                assertThat(spi).as(line).isAssignableFrom(provider);
                assertThat(provider.getConstructor().newInstance()).as(line).isNotNull();
            }
        }
    }

    @Test
    void everyConcreteImplementationIsListed() throws Exception {
        List<Class<?>> classes = mainClasses();
        for (Path file : serviceFiles()) {
            Class<?> spi = Class.forName(file.getFileName().toString());
            List<String> implementations = classes.stream()
                    .filter(type -> spi.isAssignableFrom(type)
                            && !Modifier.isAbstract(type.getModifiers())
                            && Modifier.isPublic(type.getModifiers()))
                    .map(Class::getName)
                    .toList();
            assertThat(providers(file)).as(spi.getName()).containsAll(implementations);
        }
    }

    @Test
    void theExpectedExtensionPointsAreRegistered() throws IOException {
        assertThat(serviceFiles().stream().map(f -> f.getFileName().toString()))
                .contains(
                        "liquibase.parser.ChangeLogParser",
                        "liquibase.changelog.visitor.ValidatingVisitorGenerator",
                        "liquibase.configuration.AutoloadedConfigurations",
                        "liquibase.command.CommandStep",
                        "liquibase.change.Change",
                        "liquibase.sqlgenerator.SqlGenerator",
                        "liquibase.parser.NamespaceDetails",
                        "liquibase.database.Database",
                        "liquibase.lockservice.LockService");
    }

    private static List<Path> serviceFiles() throws IOException {
        try (Stream<Path> files = Files.list(SERVICES)) {
            return files.sorted().toList();
        }
    }

    private static List<String> providers(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                if (!name.endsWith("package-info")) {
                    classes.add(Class.forName(name));
                }
            }
        }
        return classes;
    }
}
