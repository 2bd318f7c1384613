package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding code, produced by a real changelog from {@code syzygy-samples/scenarios/}: the run is refused
 * before anything is applied (no DDL, no new DATABASECHANGELOG rows), through the CLI (exit code 1) and the Java
 * APIs (exception), on PostgreSQL and SQLite.
 */
class FindingsIT {

    /** A refused run: the changelog, the contexts, what to deploy first, and the finding expected. */
    record Scenario(
            String name, String changelog, String contexts, String setupChangelog, String code, String changeSet) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario(
                    "ambiguous-stage",
                    Samples.scenario("ambiguous-stage"),
                    "pre-deploy",
                    null,
                    "AMBIGUOUS_STAGE",
                    Samples.scenario("ambiguous-stage") + "::replace-wishlist::shop"),
            new Scenario(
                    "unknown-stage",
                    Samples.scenario("unknown-stage"),
                    "pre-deploy",
                    null,
                    "UNKNOWN_STAGE",
                    Samples.scenario("unknown-stage") + "::cart-items::shop"),
            new Scenario(
                    "ambiguous-plan",
                    Samples.scenario("ambiguous-plan"),
                    "pre-deploy",
                    null,
                    "AMBIGUOUS_PLAN",
                    Samples.scenario("ambiguous-plan") + "::accounts-code-index::shop"),
            new Scenario(
                    "pre-deploy-pending",
                    Samples.scenario("pre-deploy-pending"),
                    "post-deploy",
                    Samples.scenarioFile("pre-deploy-pending", "v1.xml"),
                    "PRE_DEPLOY_PENDING",
                    null),
            new Scenario(
                    "unsafe-change",
                    Samples.scenario("unsafe-change"),
                    "pre-deploy",
                    Samples.scenarioFile("unsafe-change", "v1.xml"),
                    "UNSAFE_CHANGE",
                    Samples.scenarioFile("unsafe-change", "release-2.xml") + "::r2-add-status::shop"),
            new Scenario("no-stage-selected", Samples.SHOP, null, null, "NO_STAGE_SELECTED", null),
            new Scenario("no-stage-selected-other-context", Samples.SHOP, "staging", null, "NO_STAGE_SELECTED", null));

    /**
     * The Java API reads the scenarios from the sample-changelogs jar, where the third-party fallback would settle
     * ambiguous changesets (see ThirdPartyStagesIT); here they stand for the user's own changelogs.
     */
    private static final Map<String, String> AS_OWN_CHANGELOGS = Map.of("liquibase.syzygy.thirdPartyFallback", "none");

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (Scenario scenario : SCENARIOS) {
            for (DbKind db : DbKind.values()) {
                for (Entrypoint entrypoint : List.of(Cli.withExtension(), JavaApi.COMMAND_SCOPE, JavaApi.CLASSIC)) {
                    runs.add(Arguments.of(scenario, db, entrypoint));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} on {1} via {2}")
    @MethodSource("runs")
    void refusedBeforeAnythingRuns(Scenario scenario, DbKind kind, Entrypoint entrypoint) throws Exception {
        try (TestDatabase db = Databases.create(kind, scenario.name())) {
            if (scenario.setupChangelog() != null) {
                Outcome setup = entrypoint.update(db, scenario.setupChangelog(), "pre-deploy,post-deploy");
                assertThat(setup.succeeded()).as("setup: %s", setup).isTrue();
            }
            List<ChangeLogRow> rowsBefore = db.changeLog();
            List<String> tablesBefore = db.userTables();

            Outcome outcome = entrypoint.update(db, scenario.changelog(), scenario.contexts(), AS_OWN_CHANGELOGS);

            assertRefused(outcome, scenario.code(), scenario.changeSet());
            if (entrypoint instanceof Cli) {
                assertThat(outcome.exitCode()).as("CLI exit code").isEqualTo(1);
            }
            assertThat(db.changeLog()).as("no DATABASECHANGELOG rows added").isEqualTo(rowsBefore);
            assertThat(db.userTables()).as("no DDL ran").containsExactlyInAnyOrderElementsOf(tablesBefore);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void preDeployPendingNamesTheSkippedChangeSets(DbKind kind) throws Exception {
        String release2 = Samples.scenarioFile("pre-deploy-pending", "release-2.xml");
        try (TestDatabase db = Databases.create(kind, "pre-deploy-pending-detail")) {
            Cli cli = Cli.withExtension();
            assertThat(cli.update(db, Samples.scenarioFile("pre-deploy-pending", "v1.xml"), "pre-deploy")
                            .succeeded())
                    .isTrue();
            assertThat(cli.update(db, Samples.scenarioFile("pre-deploy-pending", "v1.xml"), "post-deploy")
                            .succeeded())
                    .isTrue();

            Outcome outcome = cli.update(db, Samples.scenario("pre-deploy-pending"), "post-deploy");

            assertRefused(outcome, "PRE_DEPLOY_PENDING", null);
            assertThat(outcome.output()).contains(release2 + "::r2-shopping-baskets::shop");
            assertThat(db.appliedIds()).containsExactly("r1-carts");
            assertThat(db.tableExists("carts")).isTrue();
            assertThat(db.tableExists("shopping_baskets")).isFalse();

            // Running the skipped stage first fixes it.
            assertThat(cli.update(db, Samples.scenario("pre-deploy-pending"), "pre-deploy")
                            .succeeded())
                    .isTrue();
            Outcome post = cli.update(db, Samples.scenario("pre-deploy-pending"), "post-deploy");
            assertThat(post.succeeded()).as("%s", post).isTrue();
            assertThat(db.appliedIds()).containsExactly("r1-carts", "r2-shopping-baskets", "r2-drop-carts");
            assertThat(db.tableExists("carts")).isFalse();
        }
    }

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }
}
