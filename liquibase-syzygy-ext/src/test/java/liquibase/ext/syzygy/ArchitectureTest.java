package liquibase.ext.syzygy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the domain pure: it may import the JDK and other domain packages, never Liquibase or the adapters. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/liquibase/ext/syzygy");
    private static final Set<String> DOMAIN = Set.of("", "stage", "schema", "plan", "finding");
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void domainDependsOnNothingButTheJdkAndItself() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                if (DOMAIN.contains(pkg)) {
                    violations.addAll(foreignImports(file));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theDomainPackagesExist() {
        for (String pkg : DOMAIN) {
            assertThat(MAIN.resolve(pkg)).isDirectory();
        }
    }

    private static List<String> foreignImports(Path file) throws IOException {
        List<String> foreign = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
            String imported = matcher.group(1);
            if (!imported.startsWith("java.") && !isDomain(imported)) {
                foreign.add(MAIN.relativize(file) + " imports " + imported);
            }
        }
        return foreign;
    }

    private static boolean isDomain(String imported) {
        if (!imported.startsWith("liquibase.ext.syzygy.")) {
            return false;
        }
        String first = imported.substring("liquibase.ext.syzygy.".length()).split("\\.")[0];
        return Character.isUpperCase(first.charAt(0)) || DOMAIN.contains(first);
    }
}
