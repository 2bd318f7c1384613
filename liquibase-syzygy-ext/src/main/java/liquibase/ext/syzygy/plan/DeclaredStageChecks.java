package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.stage.ChangeSetVerdicts;
import liquibase.ext.syzygy.stage.ChangeVerdict;
import liquibase.ext.syzygy.stage.LockSafeRemedies;
import liquibase.ext.syzygy.stage.Origin;

/**
 * Warns when an explicit pre-deploy stage contradicts a destructive change: a declared stage always wins (the
 * changeset runs as declared), but a drop or a new NOT NULL before the rollout takes something away from the old
 * code that still runs, so the user hears about it instead of silence.
 *
 * <p>Only pending changesets are judged; changes on objects the same changeset creates are not destructive.
 */
final class DeclaredStageChecks {

    private DeclaredStageChecks() {}

    /** One {@code DESTRUCTIVE_PRE_DEPLOY} warning per post-deploy change in a pending, explicitly pre-deploy changeset. */
    static List<Finding> check(List<PlannedChangeSet> changeSets) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedChangeSet changeSet : changeSets) {
            if (!changeSet.ran() && isExplicitlyPreDeploy(changeSet)) {
                List<ChangeFacts> changes = changeSet.facts().changes();
                List<ChangeVerdict> verdicts = ChangeSetVerdicts.of(changes);
                for (int i = 0; i < verdicts.size(); i++) {
                    if (verdicts.get(i).stage().orElse(null) == Stage.POST_DEPLOY) {
                        findings.add(warning(changeSet, changes.get(i), verdicts.get(i)));
                    }
                }
            }
        }
        return findings;
    }

    private static boolean isExplicitlyPreDeploy(PlannedChangeSet changeSet) {
        Origin origin = changeSet.decision().origin();
        return (origin == Origin.DEFINED || origin == Origin.OVERRIDE)
                && changeSet.decision().stage().orElse(null) == Stage.PRE_DEPLOY;
    }

    private static Finding warning(PlannedChangeSet changeSet, ChangeFacts change, ChangeVerdict verdict) {
        String how = changeSet.decision().origin() == Origin.DEFINED ? "declared" : "overridden to";
        return new Finding(
                FindingCode.DESTRUCTIVE_PRE_DEPLOY,
                Severity.WARNING,
                Optional.of(changeSet.id()),
                "is " + how + " pre-deploy and runs so, but its " + change.type() + objects(change) + " "
                        + verdict.reason() + ": the old code, which still runs during the rollout, loses it"
                        + " before the new code is out.",
                "If no old code uses it any more, this warning is expected. Otherwise move the " + change.type()
                        + " into a post-deploy changeset, to run once every node runs the new code."
                        + LockSafeRemedies.forChangeType(change.type())
                                .map(remedy -> " " + remedy)
                                .orElse(""));
    }

    private static String objects(ChangeFacts change) {
        String touched = change.effects().stream()
                .flatMap(effect -> effect.touches().stream())
                .map(touch -> "'" + touch + "'")
                .distinct()
                .collect(Collectors.joining(", "));
        return touched.isEmpty() ? "" : " of " + touched;
    }
}
