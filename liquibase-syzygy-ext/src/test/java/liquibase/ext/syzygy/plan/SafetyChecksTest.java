package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

class SafetyChecksTest {

    private final List<PlannedChangeSet> plan = new ArrayList<>();

    private static ColumnFacts notNull(String name) {
        return new ColumnFacts(name, "int", false, false, false);
    }

    private static ColumnFacts notNullWithDefault(String name) {
        return new ColumnFacts(name, "int", false, true, false);
    }

    private static ChangeFacts withColumns(String type, String table, ColumnFacts... columns) {
        return ChangeFacts.of(type, Map.of("tableName", table), List.of(columns), stageOf(type));
    }

    private static Optional<Stage> stageOf(String type) {
        return switch (type) {
            case "addColumnStaged", "preRemoveColumn" -> Optional.of(Stage.PRE_DEPLOY);
            case "postAddColumn" -> Optional.of(Stage.POST_DEPLOY);
            default -> Optional.empty();
        };
    }

    private static ChangeFacts staged(String type, String... keyValues) {
        Map<String, String> properties = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return ChangeFacts.of(type, properties, List.of(), stageOf(type));
    }

    private SafetyChecksTest add(String id, boolean ran, ChangeFacts... changes) {
        ChangeSetFacts facts =
                new ChangeSetFacts(new ChangeSetId("c.xml", id, "dev"), "", List.of(), List.of(changes), false);
        plan.add(new PlannedChangeSet(facts, StageClassifier.standard().decide(facts), ran));
        return this;
    }

    private List<String> findings() {
        return SafetyChecks.check(plan).stream()
                .map(f -> f.code() + "@" + f.changeSet().orElseThrow().id() + ":" + f.severity())
                .toList();
    }

    @Test
    void notNullColumnWithoutDefaultOnATableThatExistedBeforeIsUnsafe() {
        add("1", true, withColumns("createTable", "orders", notNull("id")));
        add("2", false, withColumns("addColumn", "orders", notNull("total")));
        assertThat(findings()).containsExactly("UNSAFE_CHANGE@2:ERROR");
        Finding finding = SafetyChecks.check(plan).get(0);
        assertThat(finding.message()).startsWith("adds NOT NULL column 'orders.total' without a default");
        assertThat(finding.hint()).startsWith("Use syzygy:addColumnStaged with a default");
    }

    @Test
    void notNullColumnsOnTablesCreatedInThisDeployOrUnknownToTheChangelogAreFine() {
        add("1", false, withColumns("createTable", "orders", notNull("id")));
        add("2", false, withColumns("addColumn", "orders", notNull("total")));
        add("3", false, withColumns("addColumn", "not_in_changelog", notNull("x")));
        add("4", true, withColumns("createTable", "lines", notNull("id")));
        add("5", false, withColumns("addColumn", "lines", notNullWithDefault("qty")));
        assertThat(findings()).isEmpty();
    }

    @Test
    void droppingANotNullColumnWithoutPreparationIsUnsafe() {
        add("1", true, withColumns("createTable", "orders", notNull("legacy")));
        add("2", false, change("dropColumn", "tableName", "orders", "columnName", "legacy"));
        assertThat(findings()).containsExactly("UNSAFE_CHANGE@2:ERROR");
        assertThat(SafetyChecks.check(plan).get(0).hint()).startsWith("Add syzygy:preRemoveColumn for orders.legacy");
    }

    @Test
    void preRemoveColumnDropNotNullOrADefaultMakesTheDropSafe() {
        add("1", true, withColumns("createTable", "a", notNull("x")), withColumns("createTable", "b", notNull("x")));
        add("1b", true, withColumns("createTable", "c", notNull("x")));
        add("2", false, staged("preRemoveColumn", "tableName", "a", "columnName", "x"));
        add("3", false, change("dropNotNullConstraint", "tableName", "b", "columnName", "x"));
        add("4", false, change("addDefaultValue", "tableName", "c", "columnName", "x", "defaultValue", "0"));
        add("5", false, change("dropColumn", "tableName", "a", "columnName", "x"));
        add("6", false, change("dropColumn", "tableName", "b", "columnName", "x"));
        add("7", false, change("dropColumn", "tableName", "c", "columnName", "x"));
        assertThat(findings()).isEmpty();
    }

    @Test
    void rawSqlMentioningTheTableMakesTheReplaySayNothing() {
        add("1", true, withColumns("createTable", "orders", notNull("legacy")));
        add("2", true, change("sql", "sql", "ALTER TABLE Orders ALTER COLUMN legacy DROP NOT NULL"));
        add("3", false, change("dropColumn", "tableName", "orders", "columnName", "legacy"));
        assertThat(findings()).isEmpty();
    }

    @Test
    void rawSqlAboutOtherTablesKeepsTheModel() {
        add("1", true, withColumns("createTable", "orders", notNull("legacy")));
        add("2", true, change("sql", "sql", "UPDATE customers SET x = 1"));
        add("3", false, change("dropColumn", "tableName", "orders", "columnName", "legacy"));
        assertThat(findings()).containsExactly("UNSAFE_CHANGE@3:ERROR");
    }

    @Test
    void renamesAreFollowed() {
        add("1", true, withColumns("createTable", "orders", notNull("old_name")));
        add(
                "2",
                true,
                change("renameColumn", "tableName", "orders", "oldColumnName", "old_name", "newColumnName", "n"));
        add("3", true, change("renameTable", "oldTableName", "orders", "newTableName", "purchases"));
        add("4", false, change("dropColumn", "tableName", "purchases", "columnName", "N"));
        assertThat(findings()).containsExactly("UNSAFE_CHANGE@4:ERROR");
    }

    @Test
    void changesThatAlreadyRanAreNotJudged() {
        add("1", true, withColumns("createTable", "orders", notNull("legacy")));
        add("2", true, change("dropColumn", "tableName", "orders", "columnName", "legacy"));
        assertThat(findings()).isEmpty();
    }

    @Test
    void aStagedDefaultWithoutALaterPostAddColumnIsAWarning() {
        add("1", false, withColumns("addColumnStaged", "orders", notNullWithDefault("status")));
        assertThat(findings()).containsExactly("STAGED_DEFAULT_KEPT@1:WARNING");
        add("2", false, staged("postAddColumn", "tableName", "ORDERS", "columnName", "Status"));
        assertThat(findings()).isEmpty();
    }

    @Test
    void notNullSetBeforeTheRolloutOnAColumnThisDeployAddsWithoutADefaultIsUnsafe() {
        add("1", true, withColumns("createTable", "orders", notNull("id")));
        add(
                "2",
                false,
                withColumns("addColumn", "orders", new ColumnFacts("total", "int", true, false, false)),
                change("addNotNullConstraint", "tableName", "orders", "columnName", "total"));
        assertThat(findings()).containsExactly("UNSAFE_CHANGE@2:ERROR");
        assertThat(SafetyChecks.check(plan).get(0).message())
                .startsWith("makes column 'orders.total', which this deploy adds to a table that existed before,"
                        + " NOT NULL without a default");
        assertThat(SafetyChecks.check(plan).get(0).hint())
                .endsWith("syzygy:addNotNullConstraintStaged (post-deploy),"
                        + " whose defaultNullValue fills the rows the old code left NULL.");
    }

    @Test
    void notNullOnANewColumnWithADefaultOrOnANewTableIsFine() {
        add("1", true, withColumns("createTable", "orders", notNull("id")));
        add(
                "2",
                false,
                withColumns("addColumn", "orders", new ColumnFacts("total", "int", true, true, false)),
                change("addNotNullConstraint", "tableName", "orders", "columnName", "total"));
        add(
                "3",
                false,
                withColumns("createTable", "lines", new ColumnFacts("qty", "int", true, false, false)),
                change("addNotNullConstraint", "tableName", "lines", "columnName", "qty"));
        assertThat(findings()).isEmpty();
    }
}
