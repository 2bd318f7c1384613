package liquibase.ext.syzygy.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import liquibase.Contexts;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;

/**
 * The contexts a command will run with, read and rewritten the way {@code DatabaseChangelogCommandStep} resolves
 * them, so that the cross-cutting steps see (and set) exactly what the pipeline later uses.
 */
final class RunContexts {

    private RunContexts() {}

    /**
     * The {@code contexts} / {@code contextFilter} argument from any source (CLI, liquibase.properties, env, Java
     * API), else the contexts of the changelog parameters passed by {@code Liquibase.update(...)} and
     * {@code Liquibase.rollback(...)} callers such as the Maven plugin.
     */
    static List<String> of(CommandScope commandScope) {
        // Every changelog command defines "contextFilter" with alias "contexts"; the value is looked up under the
        // scope's own command name, so the helper's definition serves them all.
        Contexts contexts = new Contexts(commandScope.getArgumentValue(DatabaseChangelogCommandStep.CONTEXTS_ARG));
        if (contexts.isEmpty()) {
            ChangeLogParameters parameters =
                    commandScope.getArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS);
            if (parameters != null && parameters.getContexts() != null) {
                contexts = parameters.getContexts();
            }
        }
        return new ArrayList<>(contexts.getContexts());
    }

    /**
     * Makes the command run with {@code contexts}. The command argument outranks every configuration source and the
     * changelog parameters' contexts; the alias is overwritten too, in case the caller used it.
     */
    static void set(CommandScope commandScope, Collection<String> contexts) {
        String value = String.join(",", contexts);
        commandScope.addArgumentValue(DatabaseChangelogCommandStep.CONTEXTS_ARG, value);
        commandScope.addArgumentValue("contexts", value);
    }
}
