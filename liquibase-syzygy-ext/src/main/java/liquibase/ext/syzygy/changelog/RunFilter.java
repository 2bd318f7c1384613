package liquibase.ext.syzygy.changelog;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.stage.ContextNames;

/**
 * Liquibase's own context, label and dbms filters of a run, asked about a changeset's own stage.
 *
 * <p>The planner needs to know whether a changeset would run in the run of its stage, whichever stage the current
 * run selects: a post-deploy changeset with {@code context="test"} never runs under
 * {@code --contexts=post-deploy}, so it cannot block a pre-deploy changeset after it. The runtime stage contexts
 * are therefore replaced by the changeset's stage before Liquibase's filters judge it.
 *
 * <p>Immutable; the filters are built once per run, not once per changeset.
 */
public final class RunFilter {

    private final Contexts contexts;
    private final Map<Stage, ContextChangeSetFilter> contextFilters = new EnumMap<>(Stage.class);
    private final LabelChangeSetFilter labelFilter;
    private final DbmsChangeSetFilter dbmsFilter;

    /**
     * @param contexts the run's contexts, as given (stage names included); null for none
     * @param labels the run's label expression; null for none
     * @param database the target database, for dbms filtering; null when unknown
     */
    public RunFilter(Contexts contexts, LabelExpression labels, Database database) {
        this.contexts = contexts == null ? new Contexts() : contexts;
        for (Stage stage : Stage.values()) {
            contextFilters.put(stage, new ContextChangeSetFilter(new Contexts(withStage(stage))));
        }
        this.labelFilter = new LabelChangeSetFilter(labels == null ? new LabelExpression() : labels);
        this.dbmsFilter = database == null ? null : new DbmsChangeSetFilter(database);
    }

    /** The run's contexts, as given. */
    public Contexts contexts() {
        return contexts;
    }

    /** Whether {@code changeSet}, whose stage is {@code stage}, runs in the run of that stage. */
    public boolean selects(ChangeSet changeSet, Stage stage) {
        return contextFilters.get(stage).accepts(changeSet).isAccepted()
                && labelFilter.accepts(changeSet).isAccepted()
                && (dbmsFilter == null || dbmsFilter.accepts(changeSet).isAccepted());
    }

    private Set<String> withStage(Stage stage) {
        Set<String> names = new HashSet<>();
        for (String context : contexts.getContexts()) {
            if (ContextNames.stagesNamedIn(context).isEmpty()) {
                names.add(context);
            }
        }
        names.add(stage.contextName());
        return names;
    }

    /** The filter of a run whose contexts and labels are {@code contextExpression} and {@code labelExpression}. */
    public static RunFilter of(String contextExpression, String labelExpression, Database database) {
        return new RunFilter(new Contexts(contextExpression), new LabelExpression(labelExpression), database);
    }
}
