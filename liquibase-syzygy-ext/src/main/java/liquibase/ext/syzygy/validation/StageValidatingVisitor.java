package liquibase.ext.syzygy.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.database.Database;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.changelog.PlannedChangeSets;
import liquibase.ext.syzygy.changelog.RunFilter;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.plan.FreshInstall;
import liquibase.ext.syzygy.plan.HistoryFindings;
import liquibase.ext.syzygy.plan.LibraryFindings;
import liquibase.ext.syzygy.plan.RollbackPhase;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StageGuard;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.ext.syzygy.plan.StagePlanner;

/**
 * Liquibase's validating visitor plus the stage checks over the whole flattened changelog.
 *
 * <p>It only reads: the decisions were made at parse time, and Liquibase calls {@code validate} several times per
 * run (each time on a fresh visitor), so it must not change the changelog.
 */
public class StageValidatingVisitor extends ValidatingVisitor {

    /** Checks about the order of a stage run; they only make sense when the run selects one stage. */
    private static final Set<FindingCode> STAGE_ORDER_CHECKS =
            Set.of(FindingCode.AMBIGUOUS_PLAN, FindingCode.PRE_DEPLOY_PENDING);

    private final List<RanChangeSet> ranChangeSets;

    public StageValidatingVisitor(List<RanChangeSet> ranChangeSets) {
        super(ranChangeSets);
        this.ranChangeSets = List.copyOf(ranChangeSets);
    }

    @Override
    public void validate(Database database, DatabaseChangeLog changeLog) {
        super.validate(database, changeLog);
        ChangeLogParameters parameters = changeLog.getChangeLogParameters();
        RunFilter filter = parameters == null
                ? new RunFilter(null, null, database)
                : new RunFilter(parameters.getContexts(), parameters.getLabels(), database);
        PlannedChangeSets planned = PlannedChangeSets.from(changeLog, ranChangeSets, filter);
        Set<String> contexts = filter.contexts().getContexts();
        RunMode mode = RunMode.of(StageGuard.selectedStages(contexts));
        boolean rollbackPhase = RollbackPhase.isTranslated(contexts);
        StagePlan plan = LibraryFindings.withSettingHints(
                FreshInstall.annotate(
                        StagePlanner.plan(planned.planned(), mode, CurrentRun.tableLocks(database)),
                        CurrentRun.entryPoint()),
                SyzygyConfiguration.STAGE_OVERRIDES.getKey());
        boolean readOnly = CurrentRun.isReadOnly(parameters == null ? null : parameters.getLabels());
        ReportedWarnings reported = ReportedWarnings.of(changeLog);
        Set<ChangeSetId> ran = HistoryFindings.ran(plan);
        List<Finding> errors = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(plan.findings());
        if (!rollbackPhase) {
            findings.addAll(ChangeValidation.findings(planned, database, unselected(mode)));
        }
        for (Finding finding : findings) {
            if (!HistoryFindings.isHistory(finding, ran) && applies(finding, mode, rollbackPhase)) {
                Finding reportedFinding = readOnly ? finding.asWarning() : finding;
                if (reportedFinding.isError()) {
                    errors.add(reportedFinding);
                } else {
                    warnOnce(reportedFinding, reported);
                }
            }
        }
        HistoryFindings.summary(plan, SyzygyConfiguration.STAGE_FALLBACKS.getKey())
                .ifPresent(summary -> warnOnce(summary, reported));
        if (!errors.isEmpty()) {
            throw new StageChecksFailedException(errors).throwUnchecked();
        }
    }

    /**
     * The stage Liquibase itself skips in a one-stage run: its pending changesets are validated here, so that a
     * pre-deploy run refuses a release whose post-deploy half would fail after the rollout.
     */
    private static Set<Stage> unselected(RunMode mode) {
        return switch (mode) {
            case PRE_DEPLOY -> Set.of(Stage.POST_DEPLOY);
            case POST_DEPLOY -> Set.of(Stage.PRE_DEPLOY);
            default -> Set.of();
        };
    }

    /*
     * This visitor also runs for status, validate and rollback. The stage-order checks only hold for an update
     * that selects exactly one stage; a rollback phase names the stage it undoes (RollbackPhase), and its own plan
     * check, about the dependents of what it undoes, runs before the pipeline (StageRollbackCommandStep), because
     * only the command knows its count, tag or date.
     */
    private static boolean applies(Finding finding, RunMode mode, boolean rollbackPhase) {
        if (rollbackPhase && finding.code() == FindingCode.BLOCKING_CHANGE) {
            return false; // about changes a rollback does not apply
        }
        boolean singleStageRun = !rollbackPhase && (mode == RunMode.PRE_DEPLOY || mode == RunMode.POST_DEPLOY);
        return singleStageRun || !STAGE_ORDER_CHECKS.contains(finding.code());
    }

    /*
     * Warnings once per run (history findings as one summary line, see HistoryFindings). Errors stop the run at
     * the first validation that finds them (StageChecksFailedException); read-only commands (CurrentRun) get every
     * finding as a warning, so that status works on the very changelog it reports about.
     */
    private void warnOnce(Finding warning, ReportedWarnings reported) {
        if (reported.firstTime(warning.format())) {
            getWarnings().addWarning(warning.format());
        }
    }
}
