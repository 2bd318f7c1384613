package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.stage.ChangeVerdict;
import liquibase.ext.syzygy.stage.ContextNames;
import liquibase.ext.syzygy.stage.Origin;
import liquibase.ext.syzygy.stage.StageDecision;

/** Builds the findings' messages and hints: what is wrong, why, and how to fix it. */
final class PlanFindings {

    private PlanFindings() {}

    /** {@code UNKNOWN_STAGE} and {@code AMBIGUOUS_STAGE} findings about one changeset on its own. */
    static List<Finding> aboutChangeSet(PlannedChangeSet changeSet) {
        List<Finding> findings = new ArrayList<>();
        // An override entry states the stage of a changeset the operator cannot edit, misspelt context included.
        if (changeSet.decision().origin() != Origin.OVERRIDE) {
            for (String name : ContextNames.misspeltStages(changeSet.facts().contextExpression())) {
                findings.add(unknownStage(changeSet, name));
            }
        }
        // No run on this database, with these labels and contexts, takes a changeset its filters exclude.
        if (changeSet.decision().isAmbiguous() && changeSet.selected()) {
            findings.add(ambiguousStage(changeSet));
        }
        if (findings.isEmpty()) {
            return findings;
        }
        return changeSet.ran() ? findings.stream().map(Finding::asWarning).toList() : findings;
    }

    private static Finding unknownStage(PlannedChangeSet changeSet, String name) {
        Stage meant = ContextNames.probableStage(name);
        return Finding.error(
                FindingCode.UNKNOWN_STAGE,
                changeSet.id(),
                "context '" + name + "' looks like a misspelt stage; Liquibase would treat it as an ordinary "
                        + "context, and the changeset would not run in the stage you meant.",
                "Write '" + meant + "': stage contexts are exactly pre-deploy and post-deploy.");
    }

    private static Finding ambiguousStage(PlannedChangeSet changeSet) {
        StageDecision decision = changeSet.decision();
        String changes = decision.verdicts().isEmpty()
                ? ""
                : " Its changes: "
                        + decision.verdicts().stream()
                                .map(ChangeVerdict::describe)
                                .collect(Collectors.joining("; "))
                        + ".";
        return Finding.error(
                FindingCode.AMBIGUOUS_STAGE,
                changeSet.id(),
                "cannot decide the deployment stage: " + decision.reason() + "." + changes,
                decision.remedy().orElse(declareRemedy(changeSet)));
    }

    /** Split first (a mixed changeset is two changesets), then declare; in the changelog's own syntax. */
    private static String declareRemedy(PlannedChangeSet changeSet) {
        ChangeSetId id = changeSet.id();
        ChangeLogSyntax syntax = ChangeLogSyntax.of(id);
        String declare = "declare its stage with " + syntax.context(id, "pre-deploy") + " or "
                + syntax.context(id, "post-deploy") + " (an existing context X becomes "
                + syntax.context(id, "X and pre-deploy") + ")";
        boolean mixed = changeSet.decision().verdicts().stream()
                        .map(ChangeVerdict::stage)
                        .flatMap(Optional::stream)
                        .distinct()
                        .count()
                > 1;
        return mixed
                ? "Split it into one changeset per stage (the pre-deploy changes first); or, if it must stay whole, "
                        + declare + "."
                : Character.toUpperCase(declare.charAt(0)) + declare.substring(1) + ", or split it into one changeset"
                        + " per stage.";
    }

    static Finding ambiguousPlan(PlannedChangeSet pre, SkippedPostDeploy.Conflict conflict) {
        PlannedChangeSet post = conflict.changeSet();
        return Finding.error(
                FindingCode.AMBIGUOUS_PLAN,
                pre.id(),
                "is " + how(pre.decision()) + " pre-deploy, but it comes after " + post.id() + ", which is "
                        + how(post.decision()) + " post-deploy and still pending; both touch " + conflict.through()
                        + ", so the pre-deploy run cannot apply one without the other.",
                "Move " + pre.id() + " before " + post.id() + " in the changelog, or ship it in the next release"
                        + (isInferred(pre, post)
                                ? ", or declare the stage you mean explicitly on either changeset"
                                : "")
                        + ". If " + post.id() + " belongs to an earlier release, run that release's post-deploy"
                        + " stage first.");
    }

    /** {@code AMBIGUOUS_PLAN} of a rollback: {@code undone} is rolled back while a dependent applied later stays. */
    static Finding rollbackLeavesDependent(PlannedChangeSet undone, SkippedPostDeploy.Conflict conflict) {
        PlannedChangeSet later = conflict.changeSet();
        boolean otherStage = !later.decision().stage().equals(undone.decision().stage());
        String firstPhase = later.decision()
                .stage()
                .map(stage -> stage.opposite().contextName())
                .orElse("");
        return Finding.error(
                FindingCode.AMBIGUOUS_PLAN,
                undone.id(),
                "would be rolled back, but " + later.id() + ", " + stageOf(later) + ", was applied after it and"
                        + " stays applied; both touch " + conflict.through() + ", so undoing the one without the"
                        + " other may break the schema " + later.id() + " relies on.",
                (otherStage && !firstPhase.isEmpty()
                                ? "Roll back " + later.id() + " first: run the rollback with --contexts=" + firstPhase
                                        + " (the phase that undoes " + stageOf(later) + " changesets), then this one. "
                                : "")
                        + "Roll back one release at a time (pre-deploy phase, then post-deploy phase), with a tag,"
                        + " count or date that also undoes " + later.id() + ".");
    }

    private static String stageOf(PlannedChangeSet changeSet) {
        return changeSet.decision().stage().map(Stage::contextName).orElse("of no stage");
    }

    static Finding preDeployPending(PlannedChangeSet pre, PlannedChangeSet post) {
        return Finding.error(
                FindingCode.PRE_DEPLOY_PENDING,
                pre.id(),
                "is pre-deploy and still pending, but the post-deploy changeset " + post.id()
                        + " after it is about to run: the pre-deploy stage of this release was skipped.",
                "Run 'liquibase update --contexts=pre-deploy' first, roll out the new code, then run the "
                        + "post-deploy stage again.");
    }

    private static String how(StageDecision decision) {
        return decision.origin() == Origin.INFERRED
                ? "inferred to be"
                : decision.origin().label() + " as";
    }

    private static boolean isInferred(PlannedChangeSet pre, PlannedChangeSet post) {
        return pre.decision().origin() == Origin.INFERRED || post.decision().origin() == Origin.INFERRED;
    }
}
