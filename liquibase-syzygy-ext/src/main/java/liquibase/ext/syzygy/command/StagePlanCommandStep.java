package liquibase.ext.syzygy.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.AbstractCommandStep;
import liquibase.command.CommandArgumentDefinition;
import liquibase.command.CommandBuilder;
import liquibase.command.CommandDefinition;
import liquibase.command.CommandResultsBuilder;
import liquibase.command.CommandScope;
import liquibase.command.CommonArgumentNames;
import liquibase.database.Database;
import liquibase.exception.CommandValidationException;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.changelog.ChangeLogReader;
import liquibase.ext.syzygy.changelog.ChangeSetLocator;
import liquibase.ext.syzygy.changelog.PlannedChangeSets;
import liquibase.ext.syzygy.changelog.RunFilter;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.plan.FreshInstall;
import liquibase.ext.syzygy.plan.HistoryFindings;
import liquibase.ext.syzygy.plan.LibraryFindings;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StageGuard;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.ext.syzygy.plan.StagePlanner;
import liquibase.ext.syzygy.report.PlanFormat;
import liquibase.ext.syzygy.report.PlanReport;
import liquibase.ext.syzygy.report.PlanSummary;
import liquibase.ext.syzygy.stage.StageSettingException;
import liquibase.ext.syzygy.validation.ChangeValidation;
import liquibase.ext.syzygy.validation.CurrentRun;

/**
 * {@code liquibase stage-plan}: shows, without changing anything, what a stage run would apply, skip and refuse,
 * so a release can be reviewed (or gated in CI with {@code --format=json}, {@code sarif}, {@code github} or
 * {@code junit}) before the deploy starts.
 *
 * <p>It depends on the {@link Database} only, not on the parsed changelog: the changelog step would run validation
 * and fail before the findings could be printed. It reads DATABASECHANGELOG if it exists and creates nothing.
 *
 * <p>Exit codes: 0 when the plan has no errors; {@value #ERROR_EXIT_CODE} when it has error findings (the plan is
 * printed first); anything else is Liquibase's own failure (1).
 */
public class StagePlanCommandStep extends AbstractCommandStep {

    public static final String[] COMMAND_NAME = {"stagePlan"};

    /** The exit code when the plan has error findings. */
    public static final int ERROR_EXIT_CODE = 2;

    /** The result key holding the {@link StagePlan}, for Java API callers. */
    public static final String PLAN_RESULT = "plan";

    public static final CommandArgumentDefinition<String> CHANGELOG_FILE_ARG;
    public static final CommandArgumentDefinition<String> CONTEXTS_ARG;
    public static final CommandArgumentDefinition<String> LABEL_FILTER_ARG;
    public static final CommandArgumentDefinition<String> FORMAT_ARG;
    public static final CommandArgumentDefinition<Boolean> SHOW_RAN_ARG;
    public static final CommandArgumentDefinition<String> SOURCE_PREFIX_ARG;

    static {
        CommandBuilder builder = new CommandBuilder(COMMAND_NAME);
        CHANGELOG_FILE_ARG = builder.argument(CommonArgumentNames.CHANGELOG_FILE, String.class)
                .required()
                .description("The root changelog")
                .build();
        CONTEXTS_ARG = builder.argument("contexts", String.class)
                .addAlias("contextFilter")
                .description("The contexts of the run to plan: pre-deploy, post-deploy, or none for a whole cycle")
                .build();
        LABEL_FILTER_ARG = builder.argument("labelFilter", String.class)
                .addAlias("labels")
                .description("Label expression passed to the changelog parameters")
                .build();
        FORMAT_ARG = builder.argument("format", String.class)
                .defaultValue("text")
                .description("Output format: " + PlanFormat.names())
                .build();
        SHOW_RAN_ARG = builder.argument("showRan", Boolean.class)
                .defaultValue(false)
                .description("Also list changesets that already ran, and keep their findings in sarif, github and"
                        + " junit output")
                .build();
        SOURCE_PREFIX_ARG = builder.argument("sourcePrefix", String.class)
                .description("Prepended to changelog paths in sarif, github and junit output, so that annotations"
                        + " point at repository files (e.g. src/main/resources/)")
                .build();
    }

    @Override
    public String[][] defineCommandNames() {
        return new String[][] {COMMAND_NAME};
    }

    @Override
    public List<Class<?>> requiredDependencies() {
        return List.of(Database.class);
    }

    @Override
    public void adjustCommandDefinition(CommandDefinition commandDefinition) {
        commandDefinition.setShortDescription("Show what a deployment stage run would apply, skip and refuse");
    }

    @Override
    public void validate(CommandScope commandScope) throws CommandValidationException {
        String format = commandScope.getArgumentValue(FORMAT_ARG);
        if (format != null && PlanFormat.named(format).isEmpty()) {
            throw new CommandValidationException(PlanFormat.unknown(format).format());
        }
        try {
            SyzygyConfiguration.stagePolicy();
        } catch (StageSettingException e) {
            throw new CommandValidationException(e.getMessage());
        }
    }

    @Override
    public void run(CommandResultsBuilder resultsBuilder) throws Exception {
        CommandScope scope = resultsBuilder.getCommandScope();
        Database database = (Database) scope.getDependency(Database.class);
        Contexts contexts = new Contexts(scope.getArgumentValue(CONTEXTS_ARG));
        LabelExpression labels = new LabelExpression(scope.getArgumentValue(LABEL_FILTER_ARG));
        DatabaseChangeLog changeLog =
                ChangeLogReader.parse(scope.getArgumentValue(CHANGELOG_FILE_ARG), database, contexts, labels);
        RunFilter filter = new RunFilter(contexts, labels, database);
        PlannedChangeSets planned = PlannedChangeSets.from(changeLog, database.getRanChangeSetList(), filter);
        StagePlan plan = withChangeErrors(
                HistoryFindings.withSettingHints(
                        LibraryFindings.withSettingHints(
                                FreshInstall.annotate(
                                        StagePlanner.plan(
                                                planned.planned(),
                                                RunMode.of(StageGuard.selectedStages(contexts.getContexts())),
                                                CurrentRun.tableLocks(database)),
                                        CurrentRun.entryPoint()),
                                SyzygyConfiguration.STAGE_OVERRIDES.getKey()),
                        SyzygyConfiguration.STAGE_FALLBACKS.getKey()),
                ChangeValidation.findings(planned, database, EnumSet.allOf(Stage.class)));

        PlanReport report = new PlanReport(
                plan,
                new ChangeSetLocator(Scope.getCurrentScope().getResourceAccessor()).locate(planned),
                Boolean.TRUE.equals(scope.getArgumentValue(SHOW_RAN_ARG)),
                scope.getArgumentValue(SOURCE_PREFIX_ARG));
        String format = scope.getArgumentValue(FORMAT_ARG);
        handleOutput(
                resultsBuilder,
                PlanFormat.named(format == null ? "text" : format).orElseThrow().render(report));
        resultsBuilder.addResult(PLAN_RESULT, plan);
        if (plan.hasErrors()) {
            throw resultsBuilder.commandFailed(PlanSummary.failureMessage(plan), ERROR_EXIT_CODE, true);
        }
    }

    /** The plan plus Liquibase's own validation errors of the pending changes, which {@code update} would report. */
    private static StagePlan withChangeErrors(StagePlan plan, List<Finding> changeErrors) {
        List<Finding> findings = new ArrayList<>(plan.findings());
        findings.addAll(changeErrors);
        return new StagePlan(plan.mode(), plan.entries(), findings);
    }
}
