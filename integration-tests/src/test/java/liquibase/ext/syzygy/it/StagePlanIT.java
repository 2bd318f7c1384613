package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code liquibase stage-plan}: text and JSON (through the global {@code --output-file}), before and after the
 * pre-deploy run, with and without {@code --show-ran}; exit code 2 on error findings, 0 otherwise; also through
 * {@code CommandScope("stagePlan")}.
 */
class StagePlanIT {

    private final Cli cli = Cli.withExtension();

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    private Cli.Invocation stagePlan(TestDatabase db, String changelog) {
        return cli.command("stage-plan").db(db).changelog(changelog);
    }

    private static Path outputFile(String name) throws Exception {
        Path dir = ItSettings.workDir().resolve("stage-plan");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + System.nanoTime() + ".json");
        Files.deleteIfExists(file);
        return file;
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void textListsEveryPendingChangeSetWithItsStage(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "plan-text")) {
            Outcome outcome = stagePlan(db, Samples.SHOP).run();

            assertThat(outcome.exitCode()).as("%s", outcome).isZero();
            for (String id : ShopHistory.ALL) {
                assertThat(outcome.output()).contains(ShopHistory.fullId(id));
            }
            assertThat(outcome.output()).contains("pre-deploy", "post-deploy", "inferred", "defined", "apply");
            assertThat(db.appliedIds()).as("stage-plan applies nothing").isEmpty();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void jsonForThePreDeployRun(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "plan-json")) {
            Path file = outputFile("pre");
            Outcome outcome = stagePlan(db, Samples.SHOP)
                    .global("--output-file=" + file)
                    .contexts("pre-deploy")
                    .arg("--format=json")
                    .run();

            assertThat(outcome.exitCode()).as("%s", outcome).isZero();
            PlanJson plan = PlanJson.read(file);
            assertThat(plan.get("formatVersion")).isEqualTo(1);
            assertThat(plan.get("mode")).isEqualTo("pre-deploy");
            assertThat(plan.ids())
                    .containsExactlyElementsOf(
                            ShopHistory.ALL.stream().map(ShopHistory::fullId).toList());
            for (Map<String, Object> cs : plan.changeSets()) {
                String id = ((String) cs.get("id")).split("::")[1];
                boolean pre = ShopHistory.PRE_DEPLOY.contains(id);
                assertThat(cs.get("stage")).as(id).isEqualTo(pre ? "pre-deploy" : "post-deploy");
                assertThat(cs.get("action")).as(id).isEqualTo(pre ? "apply" : "skip");
                assertThat(cs.get("origin"))
                        .as(id)
                        .isEqualTo(ShopHistory.DEFINED.contains(id) ? "defined" : "inferred");
                assertThat(cs.get("ran")).as(id).isEqualTo(false);
                assertThat((String) cs.get("reason")).as(id).isNotBlank();
            }
            assertThat(plan.findings()).isEmpty();
            assertThat(plan.summary()).isNotEmpty();
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void jsonForThePostDeployRunAfterThePreDeployRun(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "plan-json-post")) {
            assertThat(cli.update(db, Samples.SHOP, "pre-deploy").succeeded()).isTrue();

            Path pending = outputFile("post");
            Outcome outcome = stagePlan(db, Samples.SHOP)
                    .global("--output-file=" + pending)
                    .contexts("post-deploy")
                    .arg("--format=json")
                    .run();
            assertThat(outcome.exitCode()).as("%s", outcome).isZero();
            PlanJson plan = PlanJson.read(pending);
            assertThat(plan.get("mode")).isEqualTo("post-deploy");
            assertThat(plan.ids())
                    .as("only pending changesets without --show-ran")
                    .containsExactlyElementsOf(ShopHistory.POST_DEPLOY.stream()
                            .map(ShopHistory::fullId)
                            .toList());
            assertThat(plan.changeSets())
                    .allSatisfy(cs -> assertThat(cs.get("action")).isEqualTo("apply"));

            Path all = outputFile("post-show-ran");
            Outcome showRan = stagePlan(db, Samples.SHOP)
                    .global("--output-file=" + all)
                    .contexts("post-deploy")
                    .arg("--format=json")
                    .arg("--show-ran")
                    .run();
            assertThat(showRan.exitCode()).as("%s", showRan).isZero();
            PlanJson withRan = PlanJson.read(all);
            assertThat(withRan.ids()).hasSize(ShopHistory.ALL.size());
            for (String id : ShopHistory.PRE_DEPLOY) {
                Map<String, Object> cs =
                        withRan.changeSet(ShopHistory.fullId(id)).orElseThrow();
                assertThat(cs.get("action")).as(id).isEqualTo("ran");
                assertThat(cs.get("ran")).as(id).isEqualTo(true);
            }
            for (String id : ShopHistory.POST_DEPLOY) {
                Map<String, Object> cs =
                        withRan.changeSet(ShopHistory.fullId(id)).orElseThrow();
                assertThat(cs.get("action")).as(id).isEqualTo("apply");
                assertThat(cs.get("ran")).as(id).isEqualTo(false);
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void errorsExitWithTwo(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "plan-errors")) {
            String changeSet = Samples.scenario("ambiguous-stage") + "::replace-wishlist::shop";

            Outcome text = stagePlan(db, Samples.scenario("ambiguous-stage")).run();
            assertThat(text.exitCode()).as("%s", text).isEqualTo(2);
            assertThat(text.output()).contains("AMBIGUOUS_STAGE", changeSet);

            Path file = outputFile("errors");
            Outcome json = stagePlan(db, Samples.scenario("ambiguous-plan"))
                    .global("--output-file=" + file)
                    .contexts("pre-deploy")
                    .arg("--format=json")
                    .run();
            assertThat(json.exitCode()).as("%s", json).isEqualTo(2);
            PlanJson plan = PlanJson.read(file);
            assertThat(plan.findings()).hasSize(1);
            Map<String, Object> finding = plan.findings().get(0);
            assertThat(finding.get("code")).isEqualTo("AMBIGUOUS_PLAN");
            assertThat(finding.get("severity")).isEqualTo("error");
            assertThat(finding.get("changeSet"))
                    .isEqualTo(Samples.scenario("ambiguous-plan") + "::accounts-code-index::shop");
            assertThat((String) finding.get("message")).isNotBlank();
            assertThat((String) finding.get("hint")).isNotBlank();
            assertThat(db.appliedIds()).isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void javaApiStagePlan(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "plan-java")) {
            Outcome text = JavaApi.stagePlan(db, Samples.SHOP, null, "text", false);
            assertThat(text.succeeded()).as("%s", text).isTrue();
            assertThat(text.output()).contains(ShopHistory.fullId("1.3-drop-legacy-order-columns"), "apply");

            Outcome json = JavaApi.stagePlan(db, Samples.SHOP, "pre-deploy", "json", false);
            assertThat(json.succeeded()).as("%s", json).isTrue();
            PlanJson plan = PlanJson.parse(json.output());
            assertThat(plan.get("mode")).isEqualTo("pre-deploy");
            assertThat(plan.ids()).hasSize(ShopHistory.ALL.size());
            assertThat(plan.changeSet(ShopHistory.fullId("1.0-customers"))
                            .orElseThrow()
                            .get("action"))
                    .isEqualTo("apply");
            assertThat(plan.changeSet(ShopHistory.fullId("1.1-drop-customer-notes"))
                            .orElseThrow()
                            .get("action"))
                    .isEqualTo("skip");

            Outcome error = JavaApi.stagePlan(db, Samples.scenario("unknown-stage"), "pre-deploy", "json", false);
            assertThat(error.succeeded()).isFalse();
            assertThat(error.output()).contains("UNKNOWN_STAGE");
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void independentPlanIsClean(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "plan-independent")) {
            Path file = outputFile("independent");
            Outcome outcome = stagePlan(db, Samples.scenario("independent-plan"))
                    .global("--output-file=" + file)
                    .contexts("pre-deploy")
                    .arg("--format=json")
                    .run();
            assertThat(outcome.exitCode()).as("%s", outcome).isZero();
            PlanJson plan = PlanJson.read(file);
            assertThat(plan.findings()).isEmpty();
            assertThat(plan.changeSets().stream().map(cs -> cs.get("action")).toList())
                    .isEqualTo(List.of("apply", "skip", "apply"));
        }
    }
}
