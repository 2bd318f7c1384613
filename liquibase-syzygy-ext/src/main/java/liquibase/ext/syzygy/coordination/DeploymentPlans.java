package liquibase.ext.syzygy.coordination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.filter.ShouldRunChangeSetFilter;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.plan.StageGuard;
import liquibase.ext.syzygy.quorum.PlanItem;
import liquibase.ext.syzygy.quorum.QuorumPlan;

/**
 * A deployer's plan as Liquibase's update would run it: the changesets the update's own filters accept (not ran
 * yet or changed {@code runOnChange}, the run's contexts, which select the stage, its labels and the dbms), with
 * Liquibase's checksums. {@code runAlways} changesets are left out: every deployer runs them anyway.
 */
final class DeploymentPlans {

    private static final Pattern PRE_DEPLOY =
            Pattern.compile(Pattern.quote(Stage.PRE_DEPLOY.contextName()), Pattern.CASE_INSENSITIVE);

    private DeploymentPlans() {}

    /** The stage key of a run: its selected stages, e.g. {@code pre-deploy}, or {@code all} when it selects none. */
    static String stageKey(Collection<String> contexts) {
        Set<Stage> stages = StageGuard.selectedStages(contexts);
        if (stages.isEmpty()) {
            return "all";
        }
        return stages.stream().map(Stage::contextName).sorted().collect(Collectors.joining("+"));
    }

    /** The contexts of the same run's post-deploy stage: every {@code pre-deploy} becomes {@code post-deploy}. */
    static Contexts postDeployOf(Contexts contexts) {
        List<String> post = new ArrayList<>();
        for (String context : contexts.getContexts()) {
            post.add(PRE_DEPLOY.matcher(context).replaceAll(Stage.POST_DEPLOY.contextName()));
        }
        return new Contexts(post);
    }

    /** The plan the update would run now, DATABASECHANGELOG read afresh. */
    static QuorumPlan plan(DatabaseChangeLog changeLog, Database database, Contexts contexts, LabelExpression labels)
            throws LiquibaseException {
        ChangeLogHistoryService history = Scope.getCurrentScope()
                .getSingleton(ChangeLogHistoryServiceFactory.class)
                .getChangeLogService(database);
        history.reset();
        history.init();
        List<PlanItem> items = new ArrayList<>();
        ChangeLogIterator iterator = new ChangeLogIterator(
                changeLog,
                new ShouldRunChangeSetFilter(database),
                new ContextChangeSetFilter(contexts),
                new LabelChangeSetFilter(labels),
                new DbmsChangeSetFilter(database),
                new IgnoreChangeSetFilter());
        iterator.run(new Collector(items), new RuntimeEnvironment(database, contexts, labels));
        // End the read transaction Liquibase opened on the connection: a waiting deployer must hold no snapshot
        // (PostgreSQL: CREATE INDEX CONCURRENTLY) and no SQLite read lock that would turn its next write into a
        // deadlock with the leader.
        database.commit();
        return new QuorumPlan(stageKey(contexts.getContexts()), items);
    }

    /** Collects the changesets every filter accepts. */
    private record Collector(List<PlanItem> items) implements ChangeSetVisitor {
        @Override
        public Direction getDirection() {
            return Direction.FORWARD;
        }

        @Override
        public void visit(
                ChangeSet changeSet,
                DatabaseChangeLog databaseChangeLog,
                Database database,
                Set<ChangeSetFilterResult> filterResults) {
            if (!changeSet.isAlwaysRun()) {
                String id = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
                items.add(new PlanItem(id, String.valueOf(changeSet.generateCheckSum(ChecksumVersion.latest()))));
            }
        }
    }
}
