package liquibase.ext.syzygy.command;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.AbstractCommandStep;
import liquibase.command.CleanUpCommandStep;
import liquibase.command.CommandDefinition;
import liquibase.command.CommandResultsBuilder;
import liquibase.command.CommandScope;
import liquibase.command.CommandStep;
import liquibase.command.core.AbstractUpdateCommandStep;
import liquibase.database.Database;
import liquibase.exception.CommandValidationException;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.coordination.QuorumSession;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;

/**
 * Makes {@code update} wait for a quorum of deployers ({@link SyzygyConfiguration#QUORUM}) with the same plan.
 *
 * <p>It joins the {@code update} pipeline (never a {@code @CommandOverride}) and needs the validated changelog, so
 * it runs after Liquibase parsed and validated it and before the update step (see {@link #getOrder}), which takes Liquibase's lock only
 * when something is pending: a waiting follower holds no lock, and once its leader finished the update step finds
 * nothing to do and exits 0. {@link #validate} checks that order in the computed pipeline and refuses to run
 * otherwise. The leader's outcome is recorded in {@link #cleanUp}, which Liquibase calls whether the update
 * succeeded or failed.
 */
public class QuorumCommandStep extends AbstractCommandStep implements CleanUpCommandStep {

    /**
     * Liquibase sorts a pipeline by {@code getOrder}, keeping the dependency order among equal values: helper steps
     * (connection, changelog) say -1, the command's own steps 1000. 999 puts this step after the helpers that provide
     * the validated changelog and before the update step, whatever order the classpath lists the steps in.
     */
    private static final int ORDER_BEFORE_COMMAND = 999;

    private static final int ORDER_NOT_APPLICABLE = -1;

    @Override
    public String[][] defineCommandNames() {
        return null;
    }

    @Override
    public int getOrder(CommandDefinition commandDefinition) {
        String[] name = commandDefinition.getName();
        return name.length == 1 && name[0].equals("update") ? ORDER_BEFORE_COMMAND : ORDER_NOT_APPLICABLE;
    }

    @Override
    public List<Class<?>> requiredDependencies() {
        return List.of(Database.class, DatabaseChangeLog.class, ChangeLogParameters.class);
    }

    @Override
    public void validate(CommandScope commandScope) throws CommandValidationException {
        if (SyzygyConfiguration.quorum() < 2) {
            return;
        }
        try {
            SyzygyConfiguration.quorumTimeout();
        } catch (IllegalArgumentException e) {
            throw new CommandValidationException(
                    invalid(e.getMessage(), "Fix the setting.").format());
        }
        List<CommandStep> pipeline = commandScope.getCommand().getPipeline();
        int mine = -1;
        int update = -1;
        for (int i = 0; i < pipeline.size(); i++) {
            if (pipeline.get(i) instanceof QuorumCommandStep && mine < 0) {
                mine = i;
            } else if (pipeline.get(i) instanceof AbstractUpdateCommandStep && update < 0) {
                update = i;
            }
        }
        if (mine < 0 || update < 0 || mine > update) {
            throw new CommandValidationException(invalid(
                            "This Liquibase computes an update pipeline in which the quorum cannot run before the update"
                                    + " step, so " + SyzygyConfiguration.QUORUM.getKey() + " cannot be honoured.",
                            "Run without " + SyzygyConfiguration.QUORUM.getKey()
                                    + ", and report the Liquibase version.")
                    .format());
        }
    }

    @Override
    public void run(CommandResultsBuilder resultsBuilder) throws Exception {
        int quorum = SyzygyConfiguration.quorum();
        if (quorum < 2) {
            return;
        }
        CommandScope scope = resultsBuilder.getCommandScope();
        ChangeLogParameters parameters = (ChangeLogParameters) scope.getDependency(ChangeLogParameters.class);
        Duration timeout = SyzygyConfiguration.quorumTimeout();
        QuorumSession.Request request = new QuorumSession.Request(
                (Database) scope.getDependency(Database.class),
                (DatabaseChangeLog) scope.getDependency(DatabaseChangeLog.class),
                parameters.getContexts() == null ? new Contexts() : parameters.getContexts(),
                parameters.getLabels() == null ? new LabelExpression() : parameters.getLabels(),
                quorum,
                timeout,
                SyzygyConfiguration.QUORUM.getKey(),
                SyzygyConfiguration.QUORUM_TIMEOUT.getKey());
        Optional<QuorumSession> leading = QuorumSession.join(request);
        leading.ifPresent(session -> scope.provideDependency(QuorumSession.class, session));
    }

    @Override
    public void cleanUp(CommandResultsBuilder resultsBuilder) {
        Object session = resultsBuilder.getCommandScope().getDependency(QuorumSession.class);
        if (session instanceof QuorumSession leader) {
            leader.finish();
            resultsBuilder.getCommandScope().provideDependency(QuorumSession.class, null);
        }
    }

    private static Finding invalid(String message, String hint) {
        return new Finding(FindingCode.INVALID_SETTING, Severity.ERROR, Optional.empty(), message, hint);
    }
}
