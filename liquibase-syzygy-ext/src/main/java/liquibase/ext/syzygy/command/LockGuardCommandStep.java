package liquibase.ext.syzygy.command;

import java.util.List;
import java.util.Set;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.changelog.visitor.DefaultChangeExecListener;
import liquibase.command.AbstractCommandStep;
import liquibase.command.CommandDefinition;
import liquibase.command.CommandResultsBuilder;
import liquibase.command.CommandScope;
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

    @Override
    public void run(CommandResultsBuilder resultsBuilder) {
        CommandScope scope = resultsBuilder.getCommandScope();
        ChangeExecListener listener = (ChangeExecListener) scope.getDependency(ChangeExecListener.class);
        if (listener instanceof DefaultChangeExecListener defaults) {
            defaults.addListener(new LockGuardListener());
        } else {
            scope.provideDependency(
                    ChangeExecListener.class, new DefaultChangeExecListener(listener, new LockGuardListener()));
        }
    }
}
