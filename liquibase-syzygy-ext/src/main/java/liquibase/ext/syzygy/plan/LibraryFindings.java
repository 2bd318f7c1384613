package liquibase.ext.syzygy.plan;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.stage.ContextNames;
import liquibase.ext.syzygy.stage.StagePattern;

/**
 * Findings about pending changesets whose changelog comes from a jar (a library's changelog, which the user cannot
 * edit or reorder). Their usual hints say "write", "move" or "declare"; here they name the {@code stageOverrides}
 * entry that stages the changeset instead, ready to paste. ({@code AMBIGUOUS_STAGE} already gets one from the
 * classifier; changesets that already ran are {@link HistoryFindings}' concern.)
 */
public final class LibraryFindings {

    private LibraryFindings() {}

    /** {@code plan} with the hints of its findings on pending library changesets naming {@code overridesKey}. */
    public static StagePlan withSettingHints(StagePlan plan, String overridesKey) {
        Map<ChangeSetId, PlannedChangeSet> library = plan.entries().stream()
                .map(PlanEntry::changeSet)
                .filter(changeSet -> changeSet.facts().fromJar() && !changeSet.ran())
                .collect(Collectors.toMap(PlannedChangeSet::id, Function.identity(), (a, b) -> a));
        if (library.isEmpty() || overridesKey.isEmpty()) {
            return plan;
        }
        return new StagePlan(
                plan.mode(),
                plan.entries(),
                plan.findings().stream()
                        .map(f -> f.changeSet()
                                .map(library::get)
                                .map(changeSet -> withSettingHint(f, changeSet, overridesKey))
                                .orElse(f))
                        .toList());
    }

    private static Finding withSettingHint(Finding finding, PlannedChangeSet changeSet, String overridesKey) {
        String hint = finding.hint();
        if (finding.code() == FindingCode.UNKNOWN_STAGE) {
            String meant = ContextNames.misspeltStages(changeSet.facts().contextExpression()).stream()
                    .findFirst()
                    .map(name -> ContextNames.probableStage(name).contextName())
                    .orElse("pre-deploy");
            hint = "Its changelog comes from a jar, so it cannot be edited: set '"
                    + entry(overridesKey, changeSet, meant)
                    + "' to stage it as it meant (and tell the library's maintainers).";
        } else if (finding.code() == FindingCode.AMBIGUOUS_PLAN) {
            hint = "Its changelog comes from a jar, so it cannot be moved or edited: set '"
                    + entry(overridesKey, changeSet, "post-deploy") + "' to apply it after the rollout, together"
                    + " with the changeset it follows (only if the new code does not need it before), or ship the"
                    + " library upgrade in the next release, once this release's post-deploy stage has run.";
        }
        return hint.equals(finding.hint()) ? finding : finding.withText(finding.message(), hint);
    }

    private static String entry(String overridesKey, PlannedChangeSet changeSet, String stage) {
        ChangeSetId id = changeSet.id();
        return overridesKey + "=" + StagePattern.exact(id) + "=" + stage;
    }
}
