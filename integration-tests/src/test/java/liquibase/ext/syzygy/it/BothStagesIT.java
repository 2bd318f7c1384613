package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fresh installs and runs of both stages (issue #11, section 3), through the CLI on PostgreSQL and SQLite: a
 * changelog with a mixed-stage changeset installs in one {@code --contexts=pre-deploy,post-deploy} run, while the
 * CI gate for one stage still fails; on a fresh install the refusal says so and gives that command.
 */
class BothStagesIT {

    private static final String MIXED = Samples.scenario("ambiguous-stage");
    private static final String MIXED_ID = MIXED + "::replace-wishlist::shop";
    private static final String BOTH = "pre-deploy,post-deploy";

    private final Cli cli = Cli.withExtension();

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void aMixedStageChangeSetInstallsWithBothStagesWhileTheSingleStageGateFails(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "both-stages")) {
            Outcome gate = cli.command("stage-plan")
                    .db(db)
                    .changelog(MIXED)
                    .contexts("pre-deploy")
                    .run();
            assertThat(gate.exitCode())
                    .as("the CI gate for one stage: %s", gate)
                    .isEqualTo(2);
            assertThat(gate.output()).contains("[AMBIGUOUS_STAGE] " + MIXED_ID);

            Path file = ItSettings.workDir().resolve("both-stages-" + kind + "-" + System.nanoTime() + ".json");
            Outcome preview = cli.command("stage-plan")
                    .global("--output-file=" + file)
                    .db(db)
                    .changelog(MIXED)
                    .contexts(BOTH)
                    .arg("--format=json")
                    .run();
            assertThat(preview.exitCode())
                    .as("stage-plan of the both-stage run: %s", preview)
                    .isZero();
            PlanJson plan = PlanJson.read(file);
            assertThat(plan.changeSet(MIXED_ID).orElseThrow().get("action")).isEqualTo("apply");
            assertThat(plan.findings())
                    .extracting(f -> f.get("code") + ":" + f.get("severity"))
                    .containsExactly("AMBIGUOUS_STAGE:warning");
            assertThat(db.appliedIds()).as("stage-plan applies nothing").isEmpty();

            Outcome install = cli.command("update")
                    .db(db)
                    .changelog(MIXED)
                    .contexts(BOTH)
                    .arg("--log-level=warning")
                    .run();

            assertThat(install.exitCode()).as("%s", install).isZero();
            assertThat(db.appliedIds()).containsExactly("carts", "replace-wishlist");
            assertThat(db.tableExists("wishlists")).isTrue();
            assertThat(db.tableExists("carts")).isFalse();
            assertThat(occurrences(install.output(), "[AMBIGUOUS_STAGE] " + MIXED_ID))
                    .as("the warning, once: %s", install)
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void anAmbiguousChangeSetWithItsOwnContextFollowsLiquibasesRules(DbKind kind) throws Exception {
        String changelog = GeneratedChangelogs.write(
                "both-stages-own-context.xml",
                GeneratedChangelogs.createTable("accounts", "accounts", null)
                        + """
                          <changeSet id="test-data" author="it" context="test">
                            <createTable tableName="fixtures">
                              <column name="id" type="int"/>
                            </createTable>
                            <dropTable tableName="accounts"/>
                          </changeSet>
                        """);
        try (TestDatabase db = Databases.create(kind, "both-own-context")) {
            Outcome both = cli.update(db, changelog, BOTH);
            assertThat(both.succeeded()).as("%s", both).isTrue();
            assertThat(db.appliedIds()).as("its context 'test' is not selected").containsExactly("accounts");

            Outcome withTest = cli.update(db, changelog, BOTH + ",test");
            assertThat(withTest.succeeded()).as("%s", withTest).isTrue();
            assertThat(db.appliedIds()).containsExactly("accounts", "test-data");
            assertThat(db.tableExists("fixtures")).isTrue();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void aRefusalOnAFreshInstallSaysSoAndGivesTheCommandOnce(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "fresh-install")) {
            Outcome refused = cli.update(db, MIXED, "pre-deploy", Map.of());

            Refusals.assertRefused(refused, "AMBIGUOUS_STAGE", MIXED_ID);
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.output())
                    .contains("This is a fresh install: none of the changelog has run")
                    .contains("To install everything in changelog order, run liquibase update"
                            + " --contexts=pre-deploy,post-deploy.")
                    .doesNotContain("Unexpected error")
                    .doesNotContain("liquibase.ext.syzygy")
                    .doesNotContain("ValidationFailedException");
            assertThat(occurrences(refused.output(), "[AMBIGUOUS_STAGE] " + MIXED_ID))
                    .as("each finding printed once: %s", refused)
                    .isEqualTo(1);
            assertThat(occurrences(refused.output(), "cannot decide the deployment stage"))
                    .isEqualTo(1);
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }
}
