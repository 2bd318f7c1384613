package liquibase.ext.syzygy.changelog;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import liquibase.ContextExpression;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Labels;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.stage.ContextNames;

/**
 * Liquibase's context, label and dbms matching of a run, asked about a changeset's own stage.
 *
 * <p>The planner needs to know whether a changeset would run in the run of its stage, whichever stage the current
 * run selects: a post-deploy changeset with {@code context="test"} never runs under
 * {@code --contexts=post-deploy}, so it cannot block a pre-deploy changeset after it. The runtime stage contexts
 * are therefore replaced by the changeset's stage before the changeset is matched.
 *
 * <p>It evaluates the same expressions as Liquibase's {@code ContextChangeSetFilter}, {@code LabelChangeSetFilter}
 * and {@code DbmsChangeSetFilter}, but does not call them: those filters also remove the changeset's
 * {@code modifySql} visitors that do not match, and a validator judging a changeset against another stage's contexts
 * must not change what the real run executes. The common case, a changeset whose only context is its stage in a run
 * with no other contexts, labels or dbms, is answered without evaluating an expression.
 *
 * <p>Immutable; everything that depends only on the run is built once per run.
 */
public final class RunFilter {

    private final Contexts contexts;
    private final boolean onlyStageContexts;
    private final Map<Stage, Contexts> stageContexts = new EnumMap<>(Stage.class);
    private final Map<Stage, ContextExpression> providedContexts = new EnumMap<>(Stage.class);
    private final LabelExpression labels;
    private final Database database;

    /**
     * @param contexts the run's contexts, as given (stage names included); null for none
     * @param labels the run's label expression; null for none
     * @param database the target database, for dbms filtering; null when unknown
     */
    public RunFilter(Contexts contexts, LabelExpression labels, Database database) {
        this.contexts = contexts == null ? new Contexts() : contexts;
        Set<String> others = otherContexts(this.contexts);
        this.onlyStageContexts = others.isEmpty();
        for (Stage stage : Stage.values()) {
            Set<String> names = new HashSet<>(others);
            names.add(stage.contextName());
            stageContexts.put(stage, new Contexts(names));
            providedContexts.put(stage, new ContextExpression(names));
        }
        this.labels = labels == null ? new LabelExpression() : labels;
        this.database = database;
    }

    /** The short name of the run's database (e.g. {@code postgresql}), null when unknown. */
    public String databaseShortName() {
        return database == null ? null : database.getShortName();
    }

    /** The run's contexts, as given. */
    public Contexts contexts() {
        return contexts;
    }

    /** Whether {@code changeSet}, whose stage is {@code stage}, runs in the run of that stage. Changes nothing. */
    public boolean selects(ChangeSet changeSet, Stage stage) {
        return contextsMatch(changeSet, stage) && labelsMatch(changeSet) && dbmsMatches(changeSet);
    }

    /** ContextChangeSetFilter's test, with the run's stage contexts replaced by {@code stage}. */
    private boolean contextsMatch(ChangeSet changeSet, Stage stage) {
        Collection<ContextExpression> inherited = changeSet.getInheritableContextFilter();
        ContextExpression own = changeSet.getContextFilter();
        if (onlyStageContexts && inherited.isEmpty() && isEmptyOrOnly(own, stage)) {
            return true;
        }
        Contexts runtime = stageContexts.get(stage);
        boolean ownMatches = own == null || own.matches(runtime);
        return (ownMatches || providedContexts.get(stage).matches(new Contexts(changeSet.buildFullContext())))
                && ContextExpression.matchesAll(inherited, runtime);
    }

    private boolean labelsMatch(ChangeSet changeSet) {
        return labels.isEmpty() || labels.matches(new Labels(changeSet.buildFullLabels()));
    }

    private boolean dbmsMatches(ChangeSet changeSet) {
        Set<String> dbms = changeSet.getDbmsSet();
        return database == null
                || dbms == null
                || dbms.isEmpty()
                || DatabaseList.definitionMatches(dbms, database, true);
    }

    /** Whether the changeset's own filter is empty or exactly the stage's name, the filter the parser writes. */
    private static boolean isEmptyOrOnly(ContextExpression own, Stage stage) {
        if (own == null || own.isEmpty()) {
            return true;
        }
        String text = own.toString();
        return text != null && text.trim().equalsIgnoreCase(stage.contextName());
    }

    /** The run's contexts that name no stage. */
    private static Set<String> otherContexts(Contexts contexts) {
        Set<String> names = new HashSet<>();
        for (String context : contexts.getContexts()) {
            if (ContextNames.stagesNamedIn(context).isEmpty()) {
                names.add(context);
            }
        }
        return names;
    }

    /** The filter of a run whose contexts and labels are {@code contextExpression} and {@code labelExpression}. */
    public static RunFilter of(String contextExpression, String labelExpression, Database database) {
        return new RunFilter(new Contexts(contextExpression), new LabelExpression(labelExpression), database);
    }
}
