package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static liquibase.ext.syzygy.stage.Facts.changeSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

class StagePlannerTest {

    private final List<PlannedChangeSet> plan = new ArrayList<>();

    private StagePlannerTest pending(String id, String context, ChangeFacts... changes) {
        return add(changeSet(id, context, changes), false);
    }

    private StagePlannerTest ran(String id, String context, ChangeFacts... changes) {
        return add(changeSet(id, context, changes), true);
    }

    private StagePlannerTest add(ChangeSetFacts facts, boolean ran) {
        plan.add(new PlannedChangeSet(facts, StageClassifier.standard().decide(facts), ran));
        return this;
    }

    private StagePlan run(RunMode mode) {
        return StagePlanner.plan(plan, mode);
    }

    private static List<String> actions(StagePlan plan) {
        return plan.entries().stream()
                .map(e -> e.changeSet().id().id() + ":" + e.action().label())
                .toList();
    }

    private static List<String> codes(StagePlan plan) {
        return plan.findings().stream()
                .map(f -> f.code() + "@" + f.changeSet().map(id -> id.id()).orElse("-") + ":" + f.severity())
                .toList();
    }

    @Test
    void aPreDeployRunAppliesPreDeployAndSkipsPostDeploy() {
        pending("1", "", change("createTable", "tableName", "a"));
        pending("2", "", change("dropTable", "tableName", "old"));
        ran("0", "", change("createTable", "tableName", "old"));
        StagePlan result = run(RunMode.PRE_DEPLOY);
        assertThat(actions(result)).containsExactly("1:apply", "2:skip", "0:ran");
        assertThat(result.findings()).isEmpty();
        assertThat(actions(run(RunMode.POST_DEPLOY))).containsExactly("1:skip", "2:apply", "0:ran");
        assertThat(actions(run(RunMode.BOTH))).containsExactly("1:apply", "2:apply", "0:ran");
    }

    @Test
    void aPreDeployChangeSetAfterAPendingPostDeployOneOnTheSameTableIsAnAmbiguousPlan() {
        pending("1", "", change("dropColumn", "tableName", "orders", "columnName", "legacy"));
        pending("2", "", change("createIndex", "tableName", "ORDERS", "schemaName", "shop"));
        StagePlan result = run(RunMode.PRE_DEPLOY);
        assertThat(codes(result)).containsExactly("AMBIGUOUS_PLAN@2:ERROR");
        Finding finding = result.findings().get(0);
        assertThat(finding.message())
                .isEqualTo("is inferred to be pre-deploy, but it comes after db/changelog.xml::1::dev, which is"
                        + " inferred to be post-deploy and still pending; both touch 'shop.orders', so the pre-deploy"
                        + " run cannot apply one without the other.");
        assertThat(finding.hint()).contains("Move db/changelog.xml::2::dev before db/changelog.xml::1::dev");
        assertThat(codes(run(RunMode.CYCLE))).containsExactly("AMBIGUOUS_PLAN@2:ERROR");
    }

    @Test
    void independentChangeSetsMayBeAppliedPastASkippedPostDeployOne() {
        pending("1", "", change("dropTable", "tableName", "old"));
        pending("2", "", change("createTable", "tableName", "new"));
        pending("3", "", change("tagDatabase", "tag", "v2"));
        StagePlan result = run(RunMode.PRE_DEPLOY);
        assertThat(result.findings()).isEmpty();
        assertThat(actions(result)).containsExactly("1:skip", "2:apply", "3:apply");
    }

    @Test
    void rawSqlDependsOnEverything() {
        pending("1", "", change("dropTable", "tableName", "old"));
        pending("2", "pre-deploy", change("sql"));
        assertThat(codes(run(RunMode.PRE_DEPLOY))).containsExactly("AMBIGUOUS_PLAN@2:ERROR");

        plan.clear();
        pending("1", "post-deploy", change("sql"));
        pending("2", "", change("createTable", "tableName", "new"));
        StagePlan result = run(RunMode.PRE_DEPLOY);
        assertThat(codes(result)).containsExactly("AMBIGUOUS_PLAN@2:ERROR");
        assertThat(result.findings().get(0).message()).contains("defined as post-deploy");
    }

    @Test
    void appliedPostDeployChangeSetsDoNotBlockLaterPreDeployOnes() {
        ran("1", "", change("dropTable", "tableName", "t"));
        pending("2", "", change("createTable", "tableName", "t"));
        assertThat(run(RunMode.PRE_DEPLOY).findings()).isEmpty();
    }

    @Test
    void aPostDeployRunWithPendingPreDeployChangeSetsBeforeItReportsTheSkippedStage() {
        pending("1", "", change("createTable", "tableName", "a"));
        pending("2", "", change("addColumn", "tableName", "b"));
        pending("3", "", change("dropTable", "tableName", "c"));
        pending("4", "", change("createTable", "tableName", "d"));
        StagePlan result = run(RunMode.POST_DEPLOY);
        assertThat(codes(result)).containsExactly("PRE_DEPLOY_PENDING@1:ERROR", "PRE_DEPLOY_PENDING@2:ERROR");
        assertThat(result.findings().get(0).message()).contains("db/changelog.xml::3::dev");
        assertThat(actions(result)).containsExactly("1:skip", "2:skip", "3:apply", "4:skip");
    }

    @Test
    void ambiguousChangeSetsAreBlockedInEveryStageRunAndOnlyWarnedAboutOnceApplied() {
        pending("1", "", change("addColumn", "tableName", "a"), change("dropColumn", "tableName", "a"));
        ran("2", "", change("renameColumn", "tableName", "b"));
        for (RunMode mode : List.of(RunMode.PRE_DEPLOY, RunMode.POST_DEPLOY, RunMode.CYCLE)) {
            StagePlan result = run(mode);
            assertThat(actions(result)).containsExactly("1:blocked", "2:ran");
            assertThat(codes(result)).containsExactly("AMBIGUOUS_STAGE@1:ERROR", "AMBIGUOUS_STAGE@2:WARNING");
        }
        assertThat(run(RunMode.PRE_DEPLOY).errors()).hasSize(1);
    }

    @Test
    void aRunOfBothStagesAppliesAmbiguousChangeSetsInChangelogOrderWithAWarning() {
        pending("1", "", change("createTable", "tableName", "a"));
        pending("2", "", change("addColumn", "tableName", "a"), change("dropColumn", "tableName", "a"));
        pending("3", "", change("dropTable", "tableName", "old"));
        pending("4", "test", change("addColumn", "tableName", "a"), change("dropColumn", "tableName", "b"));
        plan.set(3, new PlannedChangeSet(plan.get(3).facts(), plan.get(3).decision(), false, false));
        StagePlan result = run(RunMode.BOTH);
        assertThat(actions(result)).containsExactly("1:apply", "2:apply", "3:apply", "4:filtered");
        // 4 is filtered out of every run (its context, dbms or labels): its ambiguity cannot hurt, so no finding.
        assertThat(codes(result)).containsExactly("AMBIGUOUS_STAGE@2:WARNING");
        assertThat(result.findings().get(0).message())
                .endsWith("This run selects both stages and applies every changeset in changelog order, so it is"
                        + " applied; a run of one stage refuses it.");
        assertThat(result.hasErrors()).isFalse();
        assertThat(codes(run(RunMode.PRE_DEPLOY))).contains("AMBIGUOUS_STAGE@2:ERROR");
    }

    @Test
    void theAmbiguousStageHintOfAMixedChangeSetSaysSplitItFirstInTheChangelogsOwnSyntax() {
        pending("1", "", change("createTable", "tableName", "a"), change("dropTable", "tableName", "b"));
        assertThat(run(RunMode.PRE_DEPLOY).findings().get(0).hint())
                .isEqualTo("Split it into one changeset per stage (the pre-deploy changes first); or, if it must stay"
                        + " whole, declare its stage with context=\"pre-deploy\" or context=\"post-deploy\" (an"
                        + " existing context X becomes context=\"X and pre-deploy\").");
        plan.clear();
        add(changeSetIn("db/r1.sql", "1"), false);
        assertThat(run(RunMode.PRE_DEPLOY).findings().get(0).hint())
                .contains("declare its stage with --changeset dev:1 context:pre-deploy or --changeset dev:1"
                        + " context:post-deploy (an existing context X becomes --changeset dev:1"
                        + " context:\"X and pre-deploy\")");
        plan.clear();
        add(changeSetIn("db/r1.yaml", "1"), false);
        assertThat(run(RunMode.PRE_DEPLOY).findings().get(0).hint())
                .contains("declare its stage with context: pre-deploy or context: post-deploy");
        plan.clear();
        add(changeSetIn("db/r1.json", "1"), false);
        assertThat(run(RunMode.PRE_DEPLOY).findings().get(0).hint())
                .contains("declare its stage with \"context\": \"pre-deploy\" or \"context\": \"post-deploy\"");
    }

    private static ChangeSetFacts changeSetIn(String file, String id) {
        ChangeSetFacts facts =
                changeSet(id, "", change("createTable", "tableName", "a"), change("dropTable", "tableName", "b"));
        return new ChangeSetFacts(
                new ChangeSetId(file, id, "dev"),
                facts.contextExpression(),
                facts.inheritedContextExpressions(),
                facts.changes(),
                facts.fromJar());
    }

    @Test
    void misspeltStagesAreReportedNextToTheInferredStage() {
        pending("1", "post_deployment", change("dropTable", "tableName", "a"));
        StagePlan result = run(RunMode.POST_DEPLOY);
        assertThat(codes(result)).containsExactly("UNKNOWN_STAGE@1:ERROR");
        assertThat(result.findings().get(0).hint())
                .isEqualTo("Write 'post-deploy': stage contexts are exactly pre-deploy and post-deploy.");
    }

    @Test
    void theAmbiguousStageMessageListsEachChangeAndTheRemedy() {
        pending("7", "", change("createTable", "tableName", "a"), change("sql"));
        Finding finding = run(RunMode.PRE_DEPLOY).findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.code()).isEqualTo(FindingCode.AMBIGUOUS_STAGE);
        assertThat(finding.format())
                .isEqualTo("[AMBIGUOUS_STAGE] db/changelog.xml::7::dev: cannot decide the deployment stage: the stage"
                        + " of sql cannot be inferred. Its changes: createTable: pre-deploy (creates a table old code"
                        + " does not use); sql: cannot be inferred (raw SQL can do anything). Fix: Declare its stage"
                        + " with context=\"pre-deploy\" or context=\"post-deploy\" (an existing context X becomes"
                        + " context=\"X and pre-deploy\"), or split it into one changeset per stage.");
    }

    @Test
    void changeSetsTheRunsOtherFiltersExcludeAreFilteredAndTakeNoPartInOrderChecks() {
        ChangeSetFacts testOnly = changeSet("1", "test", change("dropTable", "tableName", "t"));
        plan.add(new PlannedChangeSet(testOnly, StageClassifier.standard().decide(testOnly), false, false));
        pending("2", "", change("createTable", "tableName", "t"));
        StagePlan pre = run(RunMode.PRE_DEPLOY);
        assertThat(actions(pre)).containsExactly("1:filtered", "2:apply");
        assertThat(pre.findings()).isEmpty();

        ChangeSetFacts laterTestOnly = changeSet("3", "test", change("dropTable", "tableName", "u"));
        plan.add(new PlannedChangeSet(laterTestOnly, StageClassifier.standard().decide(laterTestOnly), false, false));
        assertThat(run(RunMode.POST_DEPLOY).findings()).isEmpty();
    }

    @Test
    void runModeFollowsTheSelectedStages() {
        assertThat(RunMode.of(List.of())).isEqualTo(RunMode.CYCLE);
        assertThat(RunMode.of(List.of(liquibase.ext.syzygy.Stage.PRE_DEPLOY))).isEqualTo(RunMode.PRE_DEPLOY);
        assertThat(RunMode.of(List.of(liquibase.ext.syzygy.Stage.POST_DEPLOY))).isEqualTo(RunMode.POST_DEPLOY);
        assertThat(RunMode.of(List.of(liquibase.ext.syzygy.Stage.values()))).isEqualTo(RunMode.BOTH);
    }

    @Test
    void changeSetsOnDifferentColumnsOfOneTableAreIndependent() {
        pending("1", "", change("dropColumn", "tableName", "org", "columnName", "b"));
        pending("2", "", change("dropNotNullConstraint", "tableName", "org", "columnName", "a"));
        pending("3", "", change("addUniqueConstraint", "tableName", "org", "columnNames", "c, d"));
        assertThat(codes(run(RunMode.PRE_DEPLOY))).isEmpty();
    }

    @Test
    void aChangeSetOnTheSameColumnOrTheWholeTableStillDepends() {
        pending("1", "", change("dropColumn", "tableName", "org", "columnName", "b"));
        pending("2", "", change("addDefaultValue", "tableName", "org", "columnName", "B"));
        pending("3", "", change("insert", "tableName", "org"));
        pending(
                "4",
                "",
                change(
                        "addForeignKeyConstraint",
                        "baseTableName",
                        "x",
                        "baseColumnNames",
                        "org_b",
                        "referencedTableName",
                        "org",
                        "referencedColumnNames",
                        "b"));
        StagePlan result = run(RunMode.PRE_DEPLOY);
        assertThat(codes(result))
                .containsExactly("AMBIGUOUS_PLAN@2:ERROR", "AMBIGUOUS_PLAN@3:ERROR", "AMBIGUOUS_PLAN@4:ERROR");
        assertThat(result.findings().get(0).message()).contains("both touch 'org.b'");
    }

    @Test
    void aWholeTableChangeDependsOnEveryColumnChangeOfIt() {
        pending("1", "", change("dropTable", "tableName", "org"));
        pending("2", "", change("createIndex", "tableName", "org", "indexName", "ix"));
        assertThat(codes(run(RunMode.PRE_DEPLOY))).containsExactly("AMBIGUOUS_PLAN@2:ERROR");
    }

    @Test
    void aDeclaredPreDeployStageWinsOverADestructiveChangeWithAWarning() {
        ran("0", "", change("createTable", "tableName", "orders"));
        pending("1", "pre-deploy", change("dropColumn", "tableName", "orders", "columnName", "legacy"));
        pending("2", "pre-deploy", change("createTable", "tableName", "t"), change("dropTable", "tableName", "t"));
        StagePlan result = run(RunMode.PRE_DEPLOY);
        assertThat(actions(result)).containsExactly("0:ran", "1:apply", "2:apply");
        assertThat(codes(result)).containsExactly("DESTRUCTIVE_PRE_DEPLOY@1:WARNING");
        assertThat(result.findings().get(0).message())
                .isEqualTo("is declared pre-deploy and runs so, but its dropColumn of 'orders.legacy' drops a column"
                        + " old code may still read or write: the old code, which still runs during the rollout,"
                        + " loses it before the new code is out.");
    }

    @Test
    void anAmbiguousChangeSetThatNoRunSelectsIsFilteredWithoutAnError() {
        pending("1", "", change("sql", "sql", "CREATE FUNCTION f() ..."));
        plan.set(0, new PlannedChangeSet(plan.get(0).facts(), plan.get(0).decision(), false, false));
        for (RunMode mode : RunMode.values()) {
            StagePlan result = run(mode);
            assertThat(actions(result)).containsExactly("1:filtered");
            assertThat(result.findings()).isEmpty();
        }
    }
}
