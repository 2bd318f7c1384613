package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.ContextExpression;
import liquibase.Contexts;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

class StageAssignerTest {

    private final StageAssigner assigner =
            new StageAssigner(StageClassifier.standard(), new ChangeSetFactsReader(null));

    @Test
    void assigningTwiceGivesTheSameContextsAsOnce() {
        ChangeSet changeSet = changeSet("1", "!nightly");
        changeSet.addChange(dropTable("legacy"));

        assigner.assign(changeSet);
        assigner.assign(changeSet);

        assertThat(changeSet.getContextFilter().toString()).isEqualTo("(!nightly) and post-deploy");
        assertThat(ChangeSetStages.facts(changeSet).orElseThrow().contextExpression())
                .isEqualTo("!nightly");
        assertThat(ChangeSetStages.decision(changeSet).orElseThrow().stage()).contains(Stage.POST_DEPLOY);
    }

    @Test
    void anAmbiguousChangeSetKeepsItsContexts() {
        ChangeSet changeSet = changeSet("2", "nightly");
        RenameColumnChange rename = new RenameColumnChange();
        rename.setTableName("person");
        rename.setOldColumnName("a");
        rename.setNewColumnName("b");
        changeSet.addChange(rename);

        assigner.assignAll(List.of(changeSet));

        assertThat(changeSet.getContextFilter().toString()).isEqualTo("nightly");
        assertThat(ChangeSetStages.decision(changeSet).orElseThrow().isAmbiguous())
                .isTrue();
    }

    @Test
    void aContextThatIsExactlyTheStageIsLeftAsWritten() {
        ChangeSet changeSet = changeSet("3", "post-deploy");
        changeSet.addChange(new AddColumnChange());

        assigner.assign(changeSet);

        assertThat(changeSet.getContextFilter().toString()).isEqualTo("post-deploy");
    }

    @Test
    void aContextThatIsExactlyTheStageKeepsLiquibasesOwnExpression() {
        ChangeSet changeSet = changeSet("5", "pre-deploy");
        changeSet.addChange(new AddColumnChange());
        ContextExpression parsed = changeSet.getContextFilter();

        assigner.assign(changeSet);

        assertThat(changeSet.getContextFilter()).isSameAs(parsed);
    }

    @Test
    void changeSetsWithTheSameNewContextsShareOneExpressionAndOthersDoNot() {
        ChangeSet first = changeSet("6", "");
        first.addChange(dropTable("a"));
        ChangeSet second = changeSet("7", null);
        second.addChange(dropTable("b"));
        ChangeSet nightly = changeSet("8", "nightly");
        nightly.addChange(dropTable("c"));
        ChangeSet pre = changeSet("9", "");
        pre.addChange(new AddColumnChange());

        assigner.assignAll(List.of(first, second, nightly, pre));

        assertThat(second.getContextFilter()).isSameAs(first.getContextFilter());
        assertThat(first.getContextFilter().toString()).isEqualTo("post-deploy");
        assertThat(nightly.getContextFilter().toString()).isEqualTo("(nightly) and post-deploy");
        assertThat(pre.getContextFilter().toString()).isEqualTo("pre-deploy");
        assertThat(pre.getContextFilter().matches(new Contexts("post-deploy"))).isFalse();
    }

    @Test
    void commaSeparatedContextsBecomeAnExpressionLiquibaseCanMatch() {
        ChangeSet changeSet = changeSet("4", "a, !b");
        changeSet.addChange(dropTable("legacy"));

        assigner.assign(changeSet);

        ContextExpression assigned = changeSet.getContextFilter();
        assertThat(assigned.toString()).isEqualTo("((a) or (!b)) and post-deploy");
        assertThat(assigned.matches(new Contexts("a", "post-deploy"))).isTrue();
        assertThat(assigned.matches(new Contexts("post-deploy"))).isTrue();
        assertThat(assigned.matches(new Contexts("b", "post-deploy"))).isFalse();
        assertThat(assigned.matches(new Contexts("a", "pre-deploy"))).isFalse();
    }

    static ChangeSet changeSet(String id, String contexts) {
        DatabaseChangeLog changeLog = new DatabaseChangeLog("db/changelog.xml");
        ChangeSet changeSet = new ChangeSet(id, "alice", false, false, "db/changelog.xml", null, null, changeLog);
        changeSet.setContextFilter(new ContextExpression(contexts));
        return changeSet;
    }

    private static DropTableChange dropTable(String table) {
        DropTableChange drop = new DropTableChange();
        drop.setTableName(table);
        return drop;
    }
}
