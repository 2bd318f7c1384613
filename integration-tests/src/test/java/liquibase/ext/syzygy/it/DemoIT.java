package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README quick start, {@code ./mvnw -q -pl sample-changelogs -Pdemo verify}, works: stage-plan, the pre-deploy
 * run, the post-deploy run and the final stage-plan on target/shop-demo.db, each after its {@code === N/4} label.
 */
class DemoIT {

    @BeforeAll
    static void installedExtensionIsTheOneJustBuilt() {
        MavenPlugin.checkInstalledExtensionIsFresh();
    }

    @Test
    void quickStartRunsTheWholeFlowOnSqlite() throws Exception {
        Path root = ItSettings.path("rootDir");
        List<String> command = List.of(
                Paths.get(ItSettings.required("mavenHome"), "bin", "mvn").toString(),
                "-B",
                "-q",
                "-f",
                root.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItSettings.path("localRepository"),
                "-Dliquibase.version=" + ItSettings.liquibaseVersion(),
                "-pl",
                "sample-changelogs",
                "-Pdemo",
                "verify");
        Outcome outcome = Subprocess.run("demo", command, root, Map.of(), 10);

        assertThat(outcome.exitCode()).as("%s", outcome).isZero();
        String out = outcome.output();
        assertThat(out)
                .containsSubsequence(
                        "=== 1/4 liquibase stage-plan (mode: cycle",
                        "Stage plan (mode: cycle)",
                        "19 to apply",
                        "=== 2/4 liquibase update --contexts=pre-deploy",
                        "=== 3/4 liquibase update --contexts=post-deploy",
                        "=== 4/4 liquibase stage-plan --show-ran",
                        "Stage plan (mode: cycle)",
                        "0 to apply");
        // Liquibase reports each update on stderr, which the output holds after stdout's labels
        assertThat(out.split("Update has been successful", -1))
                .as("two update runs")
                .hasSize(3);
        assertThat(out).contains(ShopHistory.fullId("1.3-drop-legacy-order-columns"));

        TestDatabase demo = new TestDatabase(
                DbKind.SQLITE,
                "jdbc:sqlite:" + root.resolve("sample-changelogs/target/shop-demo.db"),
                null,
                null,
                null,
                null);
        assertThat(demo.appliedIds()).containsExactlyElementsOf(ShopHistory.preThenPost());
        assertThat(demo.tableExists("customer_notes")).isFalse();
    }
}
