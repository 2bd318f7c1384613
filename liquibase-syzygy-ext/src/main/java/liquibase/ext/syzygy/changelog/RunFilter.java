package liquibase.ext.syzygy.changelog;

import java.util.HashSet;
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
 * @param contexts the run's contexts, as given (stage names included)
 * @param labels the run's label expression
 * @param database the target database, for dbms filtering; null when unknown
 */
public record RunFilter(Contexts contexts, LabelExpression labels, Database database) {

    public RunFilter {
        contexts = contexts == null ? new Contexts() : contexts;
        labels = labels == null ? new LabelExpression() : labels;
    }

    /** Whether {@code changeSet}, whose stage is {@code stage}, runs in the run of that stage. */
    public boolean selects(ChangeSet changeSet, Stage stage) {
        Contexts asItsStage = new Contexts(withStage(stage));
        return new ContextChangeSetFilter(asItsStage).accepts(changeSet).isAccepted()
                && new LabelChangeSetFilter(labels).accepts(changeSet).isAccepted()
                && (database == null
                        || new DbmsChangeSetFilter(database).accepts(changeSet).isAccepted());
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
