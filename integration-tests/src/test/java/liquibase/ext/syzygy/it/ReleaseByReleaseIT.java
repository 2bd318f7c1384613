package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shop history deployed as it shipped: for each release, the root changelog as of that release (the release
 * files so far), a pre-deploy run, then a post-deploy run. Ends exactly where the one-shot deployment ends.
 */
class ReleaseByReleaseIT {

    private static final List<String> RELEASE_FILES = List.of(
            "releases/1.0-initial-schema.xml",
            "releases/1.1-order-lines.yaml",
            "releases/1.2-addresses.json",
            "releases/1.3-cleanup.sql");

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    /** The root changelog as of release {@code n} (1-based), next to the real root so the ids are the same. */
    private static String rootAsOfRelease(int n) {
        StringBuilder includes = new StringBuilder();
        for (String file : RELEASE_FILES.subList(0, n)) {
            includes.append("  <include file=\"").append(file).append("\" relativeToChangelogFile=\"true\"/>\n");
        }
        return GeneratedChangelogs.writeAt("syzygy-samples/shop/as-of-release-" + n + ".xml", includes.toString());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void eachReleaseRunsItsPreDeployThenItsPostDeployStage(DbKind kind) throws Exception {
        Cli cli = Cli.withExtension();
        try (TestDatabase db = Databases.create(kind, "release-by-release")) {
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= RELEASE_FILES.size(); n++) {
                String prefix = List.of("1.0-", "1.1-", "1.2-", "1.3-").get(n - 1);
                String root = rootAsOfRelease(n);

                Outcome pre = cli.update(db, root, "pre-deploy");
                assertThat(pre.succeeded())
                        .as("release %d pre-deploy: %s", n, pre)
                        .isTrue();
                ShopHistory.PRE_DEPLOY.stream()
                        .filter(id -> id.startsWith(prefix))
                        .forEach(expected::add);
                assertThat(db.appliedIds()).as("after release %d pre-deploy", n).isEqualTo(expected);

                Outcome post = cli.update(db, root, "post-deploy");
                assertThat(post.succeeded())
                        .as("release %d post-deploy: %s", n, post)
                        .isTrue();
                ShopHistory.POST_DEPLOY.stream()
                        .filter(id -> id.startsWith(prefix))
                        .forEach(expected::add);
                assertThat(db.appliedIds())
                        .as("after release %d post-deploy", n)
                        .isEqualTo(expected);
            }
            assertThat(db.appliedIds()).containsExactlyInAnyOrderElementsOf(ShopHistory.ALL);
            assertThat(db.tableExists("customer_notes")).isFalse();
            assertThat(db.columnExists("orders", "quantity")).isFalse();

            Outcome plan =
                    cli.command("stage-plan").db(db).changelog(Samples.SHOP).run();
            assertThat(plan.exitCode()).as("%s", plan).isZero();
            assertThat(plan.output()).contains("0 to apply");
        }
    }
}
