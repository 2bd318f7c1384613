package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code NO_STAGE_SELECTED}: the update family refuses to run without a stage; {@code pre-deploy,post-deploy} runs
 * everything; {@code liquibase.syzygy.requireStage=false} turns the guard off from every configuration source.
 */
class StageGuardIT {

    private final Cli cli = Cli.withExtension();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"update", "update-sql", "update-count", "update-to-tag", "update-testing-rollback"})
    void updateFamilyWithoutStageIsRefused(String command) throws Exception {
        try (TestDatabase db = Databases.sqlite("guard-" + command)) {
            Cli.Invocation run = cli.command(command).db(db).changelog(Samples.SHOP);
            if (command.equals("update-count")) {
                run.arg("--count=3");
            } else if (command.equals("update-to-tag")) {
                run.arg("--tag=1.1");
            }
            Outcome outcome = run.run();

            assertRefused(outcome, "NO_STAGE_SELECTED", null);
            assertThat(outcome.exitCode()).isEqualTo(1);
            assertThat(outcome.output()).contains(command);
            assertThat(db.appliedIds()).isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }

    @Test
    void theHintNamesTheFormOfTheEntryPoint() throws Exception {
        try (TestDatabase db = Databases.sqlite("guard-entry-points")) {
            Outcome viaCli = cli.update(db, Samples.SHOP, null);
            assertThat(viaCli.output())
                    .contains("Run the stage you mean: --contexts=pre-deploy before rolling out the new code");
            for (Entrypoint java : List.of(JavaApi.COMMAND_SCOPE, JavaApi.CLASSIC)) {
                Outcome viaJava = java.update(db, Samples.SHOP, null);
                assertRefused(viaJava, "NO_STAGE_SELECTED", null);
                assertThat(viaJava.output())
                        .as("%s", java)
                        .contains("Run the stage you mean: the contexts \"pre-deploy\" before rolling out the new code")
                        .doesNotContain("--contexts=pre-deploy before");
            }
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    static Stream<Arguments> bothStages() {
        List<Arguments> runs = new ArrayList<>();
        for (DbKind db : DbKind.values()) {
            for (Entrypoint entrypoint : List.of(Cli.withExtension(), JavaApi.COMMAND_SCOPE, JavaApi.CLASSIC)) {
                runs.add(Arguments.of(db, entrypoint));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("bothStages")
    void bothStagesApplyEverythingInChangelogOrder(DbKind kind, Entrypoint entrypoint) throws Exception {
        try (TestDatabase db = Databases.create(kind, "both-stages")) {
            Outcome outcome = entrypoint.update(db, Samples.SHOP, "pre-deploy,post-deploy");

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.ALL);
            assertThat(db.tableExists("customer_notes")).isFalse();
            assertThat(db.columnExists("orders", "quantity")).isFalse();
        }
    }

    @Test
    void requireStageFalseFromEnvironment() throws Exception {
        try (TestDatabase db = Databases.sqlite("guard-off-env")) {
            Outcome outcome = cli.command("update")
                    .db(db)
                    .changelog(Samples.SHOP)
                    .env("LIQUIBASE_SYZYGY_REQUIRE_STAGE", "false")
                    .run();

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.ALL);
        }
    }

    @Test
    void requireStageFalseFromSystemProperty() throws Exception {
        try (TestDatabase db = Databases.postgres("guard-off-sysprop")) {
            Outcome outcome = cli.command("update")
                    .db(db)
                    .changelog(Samples.SHOP)
                    .jvm("-Dliquibase.syzygy.requireStage=false")
                    .run();

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.ALL);
        }
    }

    @Test
    void requireStageFalseFromDefaultsFile() throws Exception {
        try (TestDatabase db = Databases.sqlite("guard-off-properties")) {
            Path properties = ItSettings.workDir().resolve("guard-off-liquibase.properties");
            Files.createDirectories(properties.getParent());
            Files.writeString(properties, "liquibase.syzygy.requireStage: false\n");
            Outcome outcome = cli.command("update")
                    .global("--defaults-file=" + properties)
                    .db(db)
                    .changelog(Samples.SHOP)
                    .run();

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.ALL);
        }
    }

    @Test
    void requireStageFalseInJavaApiScope() throws Exception {
        try (TestDatabase db = Databases.sqlite("guard-off-scope")) {
            Outcome outcome =
                    JavaApi.CLASSIC.update(db, Samples.SHOP, null, Map.of("liquibase.syzygy.requireStage", "false"));

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.ALL);
        }
    }

    @Test
    void requiredStageOperatorCountsAsAStage() throws Exception {
        try (TestDatabase db = Databases.sqlite("guard-at-pre-deploy")) {
            Outcome outcome = cli.update(db, Samples.SHOP, "@pre-deploy");

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.PRE_DEPLOY);
        }
    }
}
