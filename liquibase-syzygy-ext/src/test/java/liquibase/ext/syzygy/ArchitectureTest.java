package liquibase.ext.syzygy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture honest, judged from the compiled classes (what the compiler kept, not the import lines):
 * the domain depends on nothing but the JDK and itself, the report renderers on nothing but the JDK and the domain,
 * and the extension's packages have no cycles.
 */
class ArchitectureTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final String ROOT = "liquibase.ext.syzygy";
    private static final Set<String> DOMAIN = Set.of(
            ROOT,
            ROOT + ".fact",
            ROOT + ".stage",
            ROOT + ".schema",
            ROOT + ".plan",
            ROOT + ".finding",
            ROOT + ".lock",
            ROOT + ".quorum",
            ROOT + ".retry");

    @Test
    void domainDependsOnNothingButTheJdkAndItself() throws IOException {
        List<String> violations = new ArrayList<>();
        dependencies().forEach((type, references) -> {
            if (DOMAIN.contains(packageOf(type))) {
                references.stream()
                        .filter(reference -> !reference.startsWith("java.") && !DOMAIN.contains(packageOf(reference)))
                        .forEach(reference -> violations.add(type + " -> " + reference));
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void theReportRenderersUseNothingOfLiquibase() throws IOException {
        String report = ROOT + ".report";
        List<String> violations = new ArrayList<>();
        dependencies().forEach((type, references) -> {
            if (packageOf(type).equals(report)) {
                references.stream()
                        .filter(reference -> !reference.startsWith("java.")
                                && !DOMAIN.contains(packageOf(reference))
                                && !packageOf(reference).equals(report))
                        .forEach(reference -> violations.add(type + " -> " + reference));
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void theExtensionsPackagesHaveNoCycles() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        dependencies().forEach((type, references) -> {
            Set<String> edges = graph.computeIfAbsent(packageOf(type), p -> new TreeSet<>());
            references.stream()
                    .filter(reference -> reference.startsWith(ROOT + ".")
                            || packageOf(reference).equals(ROOT))
                    .map(ArchitectureTest::packageOf)
                    .filter(p -> !p.equals(packageOf(type)))
                    .forEach(edges::add);
        });
        assertThat(PackageCycles.of(graph)).as("package cycles").isEmpty();
    }

    @Test
    void theClassReaderSeesWhatTheDomainUses() throws IOException {
        Set<String> references = ClassReferences.of(CLASSES.resolve("liquibase/ext/syzygy/plan/StagePlanner.class"));
        assertThat(references).contains("liquibase.ext.syzygy.schema.Footprints", "java.util.List");
        Set<String> adapter =
                ClassReferences.of(CLASSES.resolve("liquibase/ext/syzygy/validation/StageValidatingVisitor.class"));
        assertThat(adapter).contains("liquibase.changelog.visitor.ValidatingVisitor");
    }

    @Test
    void theCycleFinderFindsCycles() {
        Map<String, Set<String>> graph = Map.of(
                "a", Set.of("b"),
                "b", Set.of("c"),
                "c", Set.of("a"),
                "d", Set.of("a"));
        assertThat(PackageCycles.of(new TreeMap<>(graph))).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void theDomainPackagesExist() {
        for (String pkg : DOMAIN) {
            assertThat(CLASSES.resolve(pkg.replace('.', '/'))).isDirectory();
        }
    }

    /** Every compiled class of the extension (nested classes included) with the classes it refers to. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new HashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String type =
                        CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (type.startsWith(ROOT)) {
                    Set<String> references = new TreeSet<>(ClassReferences.of(file));
                    references.remove(type);
                    dependencies.put(type, references);
                }
            }
        }
        assertThat(dependencies).as("compiled classes under " + CLASSES).isNotEmpty();
        return dependencies;
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }
}
