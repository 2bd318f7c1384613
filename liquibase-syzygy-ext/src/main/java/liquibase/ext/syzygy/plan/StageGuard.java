package liquibase.ext.syzygy.plan;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;

/**
 * Refuses runs that select no stage: a Liquibase run without a stage context applies every changeset at once,
 * which is exactly the unsafe deploy the extension exists to prevent.
 */
public final class StageGuard {

    private StageGuard() {}

    /** The stages selected by the runtime contexts ({@code @pre-deploy} counts as {@code pre-deploy}). */
    public static Set<Stage> selectedStages(Collection<String> runtimeContexts) {
        throw new UnsupportedOperationException("pending");
    }

    /**
     * A {@code NO_STAGE_SELECTED} error when {@code runtimeContexts} select neither stage, naming the command and
     * suggesting the stage a misspelt context probably meant.
     */
    public static Optional<Finding> check(String commandName, Collection<String> runtimeContexts) {
        throw new UnsupportedOperationException("pending");
    }
}
