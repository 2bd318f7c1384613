package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.change.core.DropTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.plan.PlannedChangeSet;
import org.junit.jupiter.api.Test;

class PlannedChangeSetsTest {

    @Test
    void aChangeLogBuiltInCodeIsClassifiedWithoutTouchingItsContexts() {
        DatabaseChangeLog changeLog = new DatabaseChangeLog("db/changelog.xml");
        ChangeSet ran = StageAssignerTest.changeSet("1", "");
        ChangeSet pending = StageAssignerTest.changeSet("2", "nightly");
        DropTableChange drop = new DropTableChange();
        drop.setTableName("legacy");
        pending.addChange(drop);
        changeLog.addChangeSet(ran);
        changeLog.addChangeSet(pending);
        RanChangeSet history = new RanChangeSet(
                "db/changelog.xml", "1", "ALICE", null, null, null, null, null, null, null, null, null);

        PlannedChangeSets planned =
                PlannedChangeSets.from(changeLog, List.of(history), new RunFilter(null, null, null));

        assertThat(planned.planned()).extracting(PlannedChangeSet::ran).containsExactly(true, false);
        assertThat(planned.planned().get(1).decision().stage()).contains(Stage.POST_DEPLOY);
        assertThat(pending.getContextFilter().toString()).isEqualTo("nightly");
        assertThat(planned.changeSet(planned.planned().get(1).id())).containsSame(pending);
    }
}
