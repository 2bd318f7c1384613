package liquibase.ext.syzygy.plan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import liquibase.ext.syzygy.Stage;

/**
 * Which run is being planned, derived from the stages the operator selected with {@code --contexts}.
 *
 * <p>{@link #CYCLE} is the view with no stage selected: a whole release, pre-deploy run then post-deploy run,
 * which is what a CI gate checks. (An actual {@code update} without a stage is refused by the guard.)
 */
public enum RunMode {
    PRE_DEPLOY,
    POST_DEPLOY,
    BOTH,
    CYCLE;

    /** The mode for the stages named among the selected contexts. */
    public static RunMode of(Collection<Stage> selected) {
        Set<Stage> stages = selected.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(selected);
        if (stages.size() == 2) {
            return BOTH;
        }
        if (stages.isEmpty()) {
            return CYCLE;
        }
        return stages.contains(Stage.PRE_DEPLOY) ? PRE_DEPLOY : POST_DEPLOY;
    }
}
