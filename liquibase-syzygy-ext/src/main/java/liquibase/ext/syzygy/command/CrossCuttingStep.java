package liquibase.ext.syzygy.command;

import java.util.Set;
import liquibase.command.AbstractCommandStep;
import liquibase.command.CommandDefinition;
import liquibase.command.CommandResultsBuilder;

/**
 * A step that joins the pipelines of existing Liquibase commands and does its work in {@code validate}, before any
 * step touches the database. Joining by {@link #getOrder} is the extension-friendly alternative to
 * {@code @CommandOverride}, which would collide with liquibase-commercial's own overrides.
 */
abstract class CrossCuttingStep extends AbstractCommandStep {

    // CommandStep.ORDER_DEFAULT / ORDER_NOT_APPLICABLE carry these values but are deprecated; the pipeline position
    // of a cross-cutting step is decided by its dependencies anyway, and these steps need none.
    private static final int ORDER_DEFAULT = 1000;
    private static final int ORDER_NOT_APPLICABLE = -1;

    private final Set<String> commands;

    /** A step joining the single-word commands {@code commands}, e.g. {@code update}. */
    CrossCuttingStep(Set<String> commands) {
        this.commands = Set.copyOf(commands);
    }

    @Override
    public final String[][] defineCommandNames() {
        return null;
    }

    @Override
    public final int getOrder(CommandDefinition commandDefinition) {
        String[] name = commandDefinition.getName();
        return name.length == 1 && commands.contains(name[0]) ? ORDER_DEFAULT : ORDER_NOT_APPLICABLE;
    }

    @Override
    public final void run(CommandResultsBuilder resultsBuilder) {
        // Everything happens in validate(), before the pipeline runs.
    }
}
