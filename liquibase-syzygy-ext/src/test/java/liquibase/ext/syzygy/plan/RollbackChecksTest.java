package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static liquibase.ext.syzygy.stage.Facts.changeSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

/** The rollback dependents rule, in execution order; ids are "1", "2", ... as the tests name them. */
class RollbackChecksTest {

    private final List<PlannedChangeSet> executed = new ArrayList<>();

    private RollbackChecksTest ran(String id, String context, ChangeFacts... changes) {
        ChangeSetFacts facts = changeSet(id, context, changes);
        executed.add(new PlannedChangeSet(facts, StageClassifier.standard().decide(facts), true));
        return this;
    }

    private List<Finding> rollBack(String... ids) {
        Set<ChangeSetId> undone = Stream.of(ids)
                .map(id -> executed.stream()
                        .filter(c -> c.id().id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .collect(Collectors.toSet());
        return RollbackChecks.check(executed, undone);
    }

    private static List<String> blocked(List<Finding> findings) {
        return findings.stream()
                .peek(f -> assertThat(f.code()).isEqualTo(FindingCode.AMBIGUOUS_PLAN))
                .peek(f -> assertThat(f.isError()).isTrue())
                .map(f -> f.changeSet().orElseThrow().id())
                .toList();
    }

    /** Release 2: add a column (pre), then drop the old one (post), both on table t. */
    private void release2() {
        ran("1", "", change("createTable", "tableName", "t"));
        ran("2", "", change("addColumn", "tableName", "t"));
        ran("3", "", change("dropColumn", "tableName", "t", "columnName", "old"));
    }

    @Test
    void postDeployPhaseWithThePostDeployChangesetStillAppliedIsAmbiguous() {
        release2();
        List<Finding> findings = rollBack("2");
        assertThat(blocked(findings)).containsExactly("2");
        assertThat(findings.get(0).format())
                .contains("db/changelog.xml::2::dev: would be rolled back, but db/changelog.xml::3::dev, post-deploy")
                .contains("'t'")
                .contains("--contexts=pre-deploy");
    }

    @Test
    void bothPhasesInOrderAreFine() {
        release2();
        assertThat(rollBack("3")).isEmpty(); // pre-deploy phase: undo the post-deploy drop
        executed.remove(2);
        assertThat(rollBack("2")).isEmpty(); // post-deploy phase: undo the pre-deploy add
    }

    @Test
    void independentLaterChangesetsDoNotBlock() {
        ran("1", "", change("addColumn", "tableName", "a"));
        ran("2", "", change("dropColumn", "tableName", "b", "columnName", "x"));
        assertThat(rollBack("1")).isEmpty();
    }

    @Test
    void onlyLaterChangesetsCountNotEarlierOnes() {
        // Dependencies (what the undone changeset built on) stay applied: that is fine. django-syzygy checks these.
        ran("1", "", change("dropColumn", "tableName", "t", "columnName", "x"));
        ran("2", "", change("addColumn", "tableName", "t"));
        assertThat(rollBack("2")).isEmpty();
    }

    @Test
    void preDeployPhaseRollingBackAPostDeployChangesetUnderALaterPreDeployOneIsAmbiguous() {
        // Release 2's post-deploy drop, then release 3's pre-deploy add on the same table: undoing release 2's drop
        // under release 3's add needs release 3 rolled back first.
        ran("1", "", change("createTable", "tableName", "t"));
        ran("2", "", change("dropColumn", "tableName", "t", "columnName", "old"));
        ran("3", "", change("addColumn", "tableName", "t"));
        List<Finding> findings = rollBack("2");
        assertThat(blocked(findings)).containsExactly("2");
        assertThat(findings.get(0).hint()).contains("--contexts=post-deploy").contains("one release at a time");
    }

    @Test
    void laterChangesetsRolledBackTooDoNotBlock() {
        release2();
        assertThat(rollBack("2", "3")).isEmpty();
    }

    @Test
    void aLaterChangesetOfTheSameStageThatStaysBlocks() {
        ran("1", "", change("addColumn", "tableName", "t"));
        ran("2", "", change("createIndex", "tableName", "t"));
        List<Finding> findings = rollBack("1");
        assertThat(blocked(findings)).containsExactly("1");
        assertThat(findings.get(0).hint()).doesNotContain("--contexts=").contains("also undoes");
    }

    @Test
    void rawSqlAppliedLaterDependsOnEverything() {
        ran("1", "", change("addColumn", "tableName", "t"));
        ran("2", "post-deploy", change("sql"));
        assertThat(blocked(rollBack("1"))).containsExactly("1");
    }

    @Test
    void rollingBackRawSqlUnderAnyLaterChangeIsAmbiguous() {
        ran("1", "pre-deploy", change("sql"));
        ran("2", "", change("dropTable", "tableName", "u"));
        ran("3", "", change("tagDatabase", "tag", "v2"));
        assertThat(blocked(rollBack("1"))).containsExactly("1");
    }

    @Test
    void findingsComeInExecutionOrderOnePerUndoneChangeset() {
        ran("1", "", change("addColumn", "tableName", "t"));
        ran("2", "", change("addColumn", "tableName", "u"));
        ran("3", "post-deploy", change("sql"));
        assertThat(blocked(rollBack("1", "2"))).containsExactly("1", "2");
    }

    @Test
    void nothingToRollBackNothingToSay() {
        release2();
        assertThat(rollBack()).isEmpty();
    }
}
