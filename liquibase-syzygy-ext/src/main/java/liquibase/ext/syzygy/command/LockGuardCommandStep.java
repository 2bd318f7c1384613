package liquibase.ext.syzygy.command;

import java.util.List;
import java.util.Set;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.changelog.visitor.DefaultChangeExecListener;
import liquibase.command.AbstractCommandStep;
import liquibase.command.CommandDefinition;
import liquibase.command.CommandResultsBuilder;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.ext.syzygy.lockservice.LockGuardListener;

/**
 * Adds {@link LockGuardListener} to the change listener of updates and rollbacks, so that each changeset first
 * checks that this deployer still holds the crash-safe lock. Joins the pipelines by {@link #getOrder} (not a
 * {@code @CommandOverride}, which would collide with liquibase-commercial) and, by requiring the
 * {@link ChangeExecListener}, runs after the step that provides it.
 */
public class LockGuardCommandStep extends AbstractCommandStep {

    private static final int ORDER_DEFAULT = 1000;
    private static final int ORDER_NOT_APPLICABLE = -1;

    private static final Set<String> COMMANDS = Set.of(
            "update",
            "updateCount",
            "updateToTag",
            "updateTestingRollback",
            "rollback",
            "rollbackCount",
            "rollbackToDate");

    @Override
    public String[][] defineCommandNames() {
        return null;
    }

    @Override
    public int getOrder(CommandDefinition commandDefinition) {
        String[] name = commandDefinition.getName();
        return name.length == 1 && COMMANDS.contains(name[0]) ? ORDER_DEFAULT : ORDER_NOT_APPLICABLE;
    }

    @Override
    public List<Class<?>> requiredDependencies() {
        return List.of(ChangeExecListener.class);
    }

    /**
     * Hands the guard to Liquibase's {@code ChangeExecListenerCommandStep} before the pipeline runs: as its
     * listener argument, wrapping the caller's listener if there is one (the Java API's and Spring Boot's). The
     * pipeline order of this step and the update step is not defined, so adding the guard in {@link #run} alone could
     * come too late.
     */
    @Override
    public void validate(CommandScope commandScope) {
        if (commandScope.getArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_CLASS_ARG) != null) {
            return; // Liquibase builds that listener from the class name at run time; run() adds the guard then
        }
        ChangeExecListener given =
                commandScope.getArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG);
        if (!hasGuard(given)) {
            commandScope.addArgumentValue(
                    ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, new GuardedListener(given));
        }
    }

    /** Adds the guard if {@link #validate} could not (a {@code --change-exec-listener-class} run). */
    @Override
    public void run(CommandResultsBuilder resultsBuilder) {
        CommandScope scope = resultsBuilder.getCommandScope();
        ChangeExecListener listener = (ChangeExecListener) scope.getDependency(ChangeExecListener.class);
        if (hasGuard(listener)) {
            return;
        }
        if (listener instanceof DefaultChangeExecListener defaults) {
            defaults.addListener(new LockGuardListener());
        } else {
            scope.provideDependency(ChangeExecListener.class, new GuardedListener(listener));
        }
    }

    private static boolean hasGuard(ChangeExecListener listener) {
        return listener instanceof GuardedListener;
    }

    /** Liquibase's listener (it collects what ran, for the summary) with the guard and the caller's listener. */
    static final class GuardedListener extends DefaultChangeExecListener {
        GuardedListener(ChangeExecListener given) {
            super(given, new LockGuardListener());
        }
    }
}
