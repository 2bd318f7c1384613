package liquibase.ext.syzygy.report;

import static liquibase.ext.syzygy.Stage.POST_DEPLOY;
import static liquibase.ext.syzygy.Stage.PRE_DEPLOY;

import java.util.List;
import java.util.Map;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.SourceLocation;
import liquibase.ext.syzygy.plan.Action;
import liquibase.ext.syzygy.plan.PlanEntry;
import liquibase.ext.syzygy.plan.PlannedChangeSet;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.ext.syzygy.stage.ChangeVerdict;
import liquibase.ext.syzygy.stage.Origin;
import liquibase.ext.syzygy.stage.StageDecision;

/** A hand-built pre-deploy plan with one changeset of each action, for the renderers' golden tests. */
final class SamplePlans {

    private SamplePlans() {}

    static StagePlan preDeploy() {
        ChangeVerdict create = ChangeVerdict.staged("createTable", PRE_DEPLOY, "creates a table old code does not use");
        ChangeVerdict drop = ChangeVerdict.staged("dropTable", POST_DEPLOY, "drops a table old code may still use");
        PlanEntry apply = entry(
                "1",
                List.of(create),
                StageDecision.of(
                        PRE_DEPLOY, Origin.INFERRED, "all changes are pre-deploy (createTable)", List.of(create)),
                false,
                Action.APPLY);
        PlanEntry skip = entry(
                "2",
                List.of(drop),
                StageDecision.of(
                        POST_DEPLOY, Origin.INFERRED, "all changes are post-deploy (dropTable)", List.of(drop)),
                false,
                Action.SKIP);
        PlanEntry ran = entry(
                "3",
                List.of(create),
                StageDecision.of(PRE_DEPLOY, Origin.DEFINED, "its context 'pre-deploy' names pre-deploy", List.of()),
                true,
                Action.RAN);
        PlanEntry blocked = entry(
                "4",
                List.of(create, drop),
                StageDecision.ambiguous("it mixes pre-deploy and post-deploy changes", List.of(create, drop)),
                false,
                Action.BLOCKED);
        Finding ambiguous = Finding.error(
                FindingCode.AMBIGUOUS_STAGE,
                blocked.changeSet().id(),
                "it mixes \"pre-deploy\" and post-deploy changes.",
                "Split the changeset.");
        return new StagePlan(RunMode.PRE_DEPLOY, List.of(apply, skip, ran, blocked), List.of(ambiguous));
    }

    /** The pre-deploy plan with its changesets at lines 6, 11, 16 and 21 of {@code src/db/changelog.xml}. */
    static PlanReport preDeployReport(boolean showRan) {
        StagePlan plan = preDeploy();
        Map<ChangeSetId, SourceLocation> locations = new java.util.HashMap<>();
        for (PlanEntry entry : plan.entries()) {
            ChangeSetId id = entry.changeSet().id();
            locations.put(id, new SourceLocation(id.file(), 1 + 5 * Integer.parseInt(id.id())));
        }
        return new PlanReport(plan, locations, showRan, "src/main/resources/");
    }

    static StagePlan empty() {
        return new StagePlan(RunMode.CYCLE, List.of(), List.of());
    }

    private static PlanEntry entry(
            String id, List<ChangeVerdict> verdicts, StageDecision decision, boolean ran, Action action) {
        List<ChangeFacts> changes = verdicts.stream()
                .map(v -> ChangeFacts.of(v.changeType(), Map.of("tableName", "person")))
                .toList();
        ChangeSetFacts facts =
                new ChangeSetFacts(new ChangeSetId("db/changelog.xml", id, "alice"), "", List.of(), changes, false);
        return new PlanEntry(new PlannedChangeSet(facts, decision, ran), action);
    }
}
