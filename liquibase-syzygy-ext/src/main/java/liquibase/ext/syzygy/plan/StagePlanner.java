package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.List;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.schema.Footprint;
import liquibase.ext.syzygy.schema.Footprints;

/**
 * Plans a run over the flattened changelog and checks that it is safe: the heart of the extension.
 *
 * <p>Pure, and linear in the number of changesets (each changeset is indexed or looked up once).
 */
public final class StagePlanner {

    private StagePlanner() {}

    /**
     * Plans the run {@code mode} over {@code changeSets} (changelog order, ran ones included).
     *
     * <p>Changesets the run's other filters exclude ({@link PlannedChangeSet#selected()}) are {@link Action#FILTERED}
     * and take no part in the order checks.
     *
     * <p>Findings: {@code UNKNOWN_STAGE} and {@code AMBIGUOUS_STAGE} for every changeset (warnings for ran ones);
     * {@code AMBIGUOUS_PLAN} for a pre-deploy run or a cycle, when a pending pre-deploy changeset comes after a
     * pending post-deploy changeset it may depend on; {@code PRE_DEPLOY_PENDING} for a post-deploy run, when a
     * pending pre-deploy changeset comes before a pending post-deploy one; in every mode, {@code UNSAFE_CHANGE}
     * for pending column changes that break old or new code, {@code STAGED_DEFAULT_KEPT} warnings, and
     * {@code DESTRUCTIVE_PRE_DEPLOY} warnings for destructive changes in explicitly pre-deploy changesets. A run of
     * both stages applies ambiguous changesets and reports {@code AMBIGUOUS_STAGE} as a warning.
     */
    public static StagePlan plan(List<PlannedChangeSet> changeSets, RunMode mode) {
        return plan(changeSets, mode, TableLocks.NOT_JUDGED);
    }

    /**
     * {@link #plan(List, RunMode)} for a database whose table locks are {@code locks}: with
     * {@link TableLocks#BLOCK_WRITES} (PostgreSQL) it adds {@code BLOCKING_CHANGE} warnings for pending changes that
     * stop the writes to an existing table while they build or scan it.
     */
    public static StagePlan plan(List<PlannedChangeSet> changeSets, RunMode mode, TableLocks locks) {
        List<PlanEntry> entries = new ArrayList<>(changeSets.size());
        List<Finding> findings = new ArrayList<>();
        SkippedPostDeploy skipped = new SkippedPostDeploy();
        List<PlannedChangeSet> pendingPre = new ArrayList<>();
        for (PlannedChangeSet changeSet : changeSets) {
            findings.addAll(PlanFindings.aboutChangeSet(changeSet));
            Action action = actionFor(changeSet, mode);
            entries.add(new PlanEntry(changeSet, action));
            if (action == Action.RAN || action == Action.BLOCKED || action == Action.FILTERED || mode == RunMode.BOTH) {
                continue;
            }
            Stage stage = changeSet.decision().stageOrThrow();
            if (mode == RunMode.PRE_DEPLOY || mode == RunMode.CYCLE) {
                checkPreDeployOrder(changeSet, stage, skipped, findings);
            } else if (mode == RunMode.POST_DEPLOY) {
                checkPostDeployOrder(changeSet, stage, pendingPre, findings);
            }
        }
        findings.addAll(SafetyChecks.check(changeSets));
        findings.addAll(DeclaredStageChecks.check(changeSets));
        findings.addAll(BlockingChanges.check(changeSets, locks));
        return new StagePlan(mode, entries, BothStages.relax(mode, findings));
    }

    /** What the run {@code mode} does with {@code changeSet}. */
    static Action actionFor(PlannedChangeSet changeSet, RunMode mode) {
        if (changeSet.ran()) {
            return Action.RAN;
        }
        if (!changeSet.selected()) {
            return Action.FILTERED;
        }
        if (changeSet.decision().isAmbiguous() && mode != RunMode.BOTH) {
            return Action.BLOCKED; // a run of both stages applies it in changelog order (BothStages)
        }
        return switch (mode) {
            case PRE_DEPLOY -> changeSet.decision().stageOrThrow() == Stage.PRE_DEPLOY ? Action.APPLY : Action.SKIP;
            case POST_DEPLOY -> changeSet.decision().stageOrThrow() == Stage.POST_DEPLOY ? Action.APPLY : Action.SKIP;
            case BOTH, CYCLE -> Action.APPLY;
        };
    }

    private static void checkPreDeployOrder(
            PlannedChangeSet changeSet, Stage stage, SkippedPostDeploy skipped, List<Finding> findings) {
        Footprint footprint = Footprints.of(changeSet.facts().changes());
        if (stage == Stage.POST_DEPLOY) {
            skipped.add(changeSet, footprint);
        } else {
            skipped.firstConflictWith(footprint)
                    .ifPresent(conflict -> findings.add(PlanFindings.ambiguousPlan(changeSet, conflict)));
        }
    }

    private static void checkPostDeployOrder(
            PlannedChangeSet changeSet, Stage stage, List<PlannedChangeSet> pendingPre, List<Finding> findings) {
        if (stage == Stage.PRE_DEPLOY) {
            pendingPre.add(changeSet);
            return;
        }
        for (PlannedChangeSet pre : pendingPre) {
            findings.add(PlanFindings.preDeployPending(pre, changeSet));
        }
        pendingPre.clear();
    }
}
