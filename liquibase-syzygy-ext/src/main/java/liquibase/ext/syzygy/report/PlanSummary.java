package liquibase.ext.syzygy.report;

import java.util.List;
import java.util.Locale;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.plan.Action;
import liquibase.ext.syzygy.plan.PlanEntry;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.ext.syzygy.stage.ChangeVerdict;

/**
 * The counts both renderers print, and the small presentation rules they share, so text and JSON never disagree.
 *
 * @param errors error findings
 * @param warnings warning findings
 * @param apply changesets the run applies
 * @param skip changesets left for the other stage
 */
public record PlanSummary(int errors, int warnings, int apply, int skip) {

    static PlanSummary of(StagePlan plan) {
        int errors = (int) plan.findings().stream().filter(Finding::isError).count();
        return new PlanSummary(
                errors, plan.findings().size() - errors, count(plan, Action.APPLY), count(plan, Action.SKIP));
    }

    private static int count(StagePlan plan, Action action) {
        return (int) plan.entries().stream().filter(e -> e.action() == action).count();
    }

    /** {@code pre-deploy}, {@code post-deploy}, {@code both} or {@code cycle}. */
    static String modeLabel(RunMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The entries to show: ran changesets only when asked for. */
    static List<PlanEntry> shown(StagePlan plan, boolean showRan) {
        return plan.entries().stream()
                .filter(e -> showRan || e.action() != Action.RAN)
                .toList();
    }

    /**
     * The verdict for each change of an entry, or null per change when the stage did not need inference (the
     * classifier then records no verdicts).
     */
    static ChangeVerdict verdictFor(PlanEntry entry, int changeIndex) {
        List<ChangeVerdict> verdicts = entry.changeSet().decision().verdicts();
        List<ChangeFacts> changes = entry.changeSet().facts().changes();
        return verdicts.size() == changes.size() ? verdicts.get(changeIndex) : null;
    }

    /** The command's failure message: the first error, and how many more the plan shows. */
    public static String failureMessage(StagePlan plan) {
        List<Finding> errors = plan.errors();
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more, see the plan above)" : "";
        return "stage-plan found " + errors.size() + " error(s): "
                + errors.get(0).format() + more;
    }
}
