package liquibase.ext.syzygy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** META-INF/services is the table of contents of the extension: every listed class must load and fit its SPI. */
class ServiceRegistrationTest {

    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services");

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
    void theExpectedExtensionPointsAreRegistered() throws IOException {
        assertThat(serviceFiles().stream().map(f -> f.getFileName().toString()))
                .contains(
                        "liquibase.parser.ChangeLogParser",
                        "liquibase.changelog.visitor.ValidatingVisitorGenerator",
                        "liquibase.configuration.AutoloadedConfigurations",
                        "liquibase.command.CommandStep");
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
}
