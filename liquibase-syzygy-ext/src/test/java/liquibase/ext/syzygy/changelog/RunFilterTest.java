package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import liquibase.ContextExpression;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Labels;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.stage.ContextNames;
import liquibase.sql.visitor.ReplaceSqlVisitor;
import org.junit.jupiter.api.Test;

/** RunFilter must agree with Liquibase's own filters on every combination, without their side effects. */
class RunFilterTest {

    private static final List<String> OWN = List.of(
            "",
            "pre-deploy",
            "post-deploy",
            "test",
            "!test",
            "(test) and pre-deploy",
            "(test or prod) and post-deploy");
    private static final List<String> INCLUDE = List.of("", "test", "!prod");
    private static final List<String> RUN_CONTEXTS =
            List.of("", "pre-deploy", "post-deploy", "test", "pre-deploy, test", "prod, post-deploy");
    private static final List<String> CHANGESET_LABELS = List.of("", "jira-1");
    private static final List<String> RUN_LABELS = List.of("", "jira-1", "!jira-1");
    private static final List<String> DBMS = List.of("", "postgresql", "!postgresql", "sqlite");

    @Test
    void agreesWithLiquibasesFiltersOnEveryCombination() {
        Database database = new PostgresDatabase();
        int compared = 0;
        for (String runContexts : RUN_CONTEXTS) {
            for (String runLabels : RUN_LABELS) {
                RunFilter filter = RunFilter.of(runContexts, runLabels, database);
                for (String own : OWN) {
                    for (String include : INCLUDE) {
                        for (String labels : CHANGESET_LABELS) {
                            for (String dbms : DBMS) {
                                for (Stage stage : Stage.values()) {
                                    boolean expected = liquibaseAccepts(
                                            changeSet(own, include, labels, dbms),
                                            runContexts,
                                            runLabels,
                                            database,
                                            stage);
                                    assertThat(filter.selects(changeSet(own, include, labels, dbms), stage))
                                            .as(
                                                    "own '%s', include '%s', labels '%s', dbms '%s', run '%s' / '%s', %s",
                                                    own, include, labels, dbms, runContexts, runLabels, stage)
                                            .isEqualTo(expected);
                                    compared++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(6 * 3 * 7 * 3 * 2 * 4 * 2);
    }

    @Test
    void leavesTheChangeSetsModifySqlAlone() {
        ChangeSet changeSet = changeSet("pre-deploy", "", "", "");
        ReplaceSqlVisitor visitor = new ReplaceSqlVisitor();
        visitor.setContextFilter(new ContextExpression("test"));
        changeSet.addSqlVisitor(visitor);

        assertThat(RunFilter.of("", null, null).selects(changeSet, Stage.PRE_DEPLOY))
                .isTrue();

        assertThat(changeSet.getSqlVisitors()).containsExactly(visitor);
    }

    @Test
    void aDatabaseOfUnknownTypeDoesNotFilterByDbms() {
        assertThat(RunFilter.of("", null, null).selects(changeSet("", "", "", "sqlite"), Stage.POST_DEPLOY))
                .isTrue();
    }

    /** Liquibase's three filters, with the run's stage contexts replaced by {@code stage}, as RunFilter promises. */
    private static boolean liquibaseAccepts(
            ChangeSet changeSet, String runContexts, String runLabels, Database database, Stage stage) {
        Set<String> contexts = new HashSet<>();
        for (String context : new Contexts(runContexts).getContexts()) {
            if (ContextNames.stagesNamedIn(context).isEmpty()) {
                contexts.add(context);
            }
        }
        contexts.add(stage.contextName());
        return new ContextChangeSetFilter(new Contexts(contexts))
                        .accepts(changeSet)
                        .isAccepted()
                && new LabelChangeSetFilter(new LabelExpression(runLabels))
                        .accepts(changeSet)
                        .isAccepted()
                && new DbmsChangeSetFilter(database).accepts(changeSet).isAccepted();
    }

    private static ChangeSet changeSet(String own, String include, String labels, String dbms) {
        DatabaseChangeLog root = new DatabaseChangeLog("db/root.xml");
        DatabaseChangeLog changeLog = new DatabaseChangeLog("db/included.xml");
        changeLog.setParentChangeLog(root);
        changeLog.setIncludeContextFilter(new ContextExpression(include));
        ChangeSet changeSet = new ChangeSet(
                "1", "alice", false, false, "db/included.xml", null, dbms.isEmpty() ? null : dbms, changeLog);
        changeSet.setContextFilter(new ContextExpression(own));
        changeSet.setLabels(new Labels(labels));
        return changeSet;
    }
}
