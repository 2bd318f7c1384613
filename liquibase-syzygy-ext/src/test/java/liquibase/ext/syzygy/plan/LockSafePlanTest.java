package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static liquibase.ext.syzygy.stage.Facts.changeSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.stage.LockSafeRemedies;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

/** How the plan check stages and orders validateConstraint and addNotNullConstraintStaged. */
class LockSafePlanTest {

    private final List<PlannedChangeSet> plan = new ArrayList<>();

    private void pending(String id, String context, ChangeFacts... changes) {
        ChangeSetFacts facts = changeSet(id, context, changes);
        plan.add(new PlannedChangeSet(facts, StageClassifier.standard().decide(facts), false));
    }

    private static ChangeFacts staged(String type, Stage stage, String... keyValues) {
        Map<String, String> properties = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return ChangeFacts.of(type, properties, List.of(), Optional.of(stage));
    }

    private static ChangeFacts validate(String table) {
        return staged("validateConstraint", Stage.PRE_DEPLOY, "tableName", table, "constraintName", "fk");
    }

    private List<String> actionsAndCodes(RunMode mode) {
        StagePlan result = StagePlanner.plan(plan, mode);
        List<String> out = new ArrayList<>();
        result.entries()
                .forEach(e -> out.add(e.changeSet().id().id() + ":" + e.action().label()));
        result.findings()
                .forEach(f ->
                        out.add(f.code() + "@" + f.changeSet().orElseThrow().id()));
        return out;
    }

    @Test
    void aForeignKeyAddedNotValidThenValidatedIsAllPreDeploy() {
        pending("1", "", change("addForeignKeyConstraint", "baseTableName", "orders", "baseColumnNames", "cid"));
        pending("2", "", validate("orders"));
        assertThat(actionsAndCodes(RunMode.PRE_DEPLOY)).containsExactly("1:apply", "2:apply");
    }

    @Test
    void validatingAfterAPendingPostDeployChangeOfTheTableIsAnAmbiguousPlan() {
        pending(
                "1",
                "",
                staged("addNotNullConstraintStaged", Stage.POST_DEPLOY, "tableName", "orders", "columnName", "status"));
        pending("2", "", validate("orders"));
        pending("3", "", validate("customer"));
        assertThat(actionsAndCodes(RunMode.PRE_DEPLOY))
                .containsExactly("1:skip", "2:apply", "3:apply", "AMBIGUOUS_PLAN@2");
    }

    @Test
    void theStagedNotNullIsPostDeployAndDeclaringItPreDeployWarnsWithTheRemedy() {
        pending(
                "1",
                "",
                staged("addNotNullConstraintStaged", Stage.POST_DEPLOY, "tableName", "orders", "columnName", "status"));
        assertThat(actionsAndCodes(RunMode.POST_DEPLOY)).containsExactly("1:apply");

        plan.clear();
        pending("2", "pre-deploy", change("addNotNullConstraint", "tableName", "orders", "columnName", "status"));
        StagePlan result = StagePlanner.plan(plan, RunMode.PRE_DEPLOY);
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.hint())
                .contains("syzygy:addNotNullConstraintStaged (post-deploy, in a runInTransaction=\"false\""));
    }

    @Test
    void thePlainChangesPointAtTheirLockSafeForms() {
        assertThat(LockSafeRemedies.forChangeType("addNotNullConstraint").orElseThrow())
                .contains("syzygy:addNotNullConstraintStaged");
        assertThat(LockSafeRemedies.forChangeType("addForeignKeyConstraint").orElseThrow())
                .contains("validate=\"false\"")
                .contains("syzygy:validateConstraint");
        assertThat(LockSafeRemedies.forChangeType("createTable")).isEmpty();
    }
}
