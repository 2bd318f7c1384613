package liquibase.ext.syzygy.stage;

import static liquibase.ext.syzygy.Stage.POST_DEPLOY;
import static liquibase.ext.syzygy.Stage.PRE_DEPLOY;
import static liquibase.ext.syzygy.stage.Facts.change;
import static liquibase.ext.syzygy.stage.Facts.changeSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.fact.SqlStatement;
import org.junit.jupiter.api.Test;

/** The same-changeset rule: changes on what the changeset itself creates follow the creation. */
class ChangeSetVerdictsTest {

    private static ChangeFacts create(String table, ColumnFacts... columns) {
        return ChangeFacts.of("createTable", Map.of("tableName", table), List.of(columns), Optional.empty());
    }

    private static ChangeFacts addColumn(String table, String column) {
        return ChangeFacts.of(
                "addColumn",
                Map.of("tableName", table),
                List.of(new ColumnFacts(column, "int", true, false, false)),
                Optional.empty());
    }

    private static ColumnFacts column(String name) {
        return new ColumnFacts(name, "timestamp", true, true, false);
    }

    @Test
    void aGeneratedCreateTableChangeSetIsPreDeployAndSaysWhy() {
        ChangeSetFacts jhipster = changeSet(
                "1",
                "",
                create("job", column("id"), column("created_at")),
                change("addNotNullConstraint", "tableName", "job", "columnName", "id"),
                change("dropDefaultValue", "tableName", "job", "columnName", "created_at"),
                change("addPrimaryKey", "tableName", "job", "columnNames", "id"),
                change("createIndex", "tableName", "job", "indexName", "ix"));
        StageDecision decision = StageClassifier.standard().decide(jhipster);
        assertThat(decision.stage()).contains(PRE_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.INFERRED);
        assertThat(decision.verdicts().get(1).describe())
                .isEqualTo("addNotNullConstraint: pre-deploy (on a table this changeset creates, which no old code"
                        + " uses yet)");
        assertThat(decision.verdicts().get(2).stage()).contains(PRE_DEPLOY);
    }

    @Test
    void aChangeOnAColumnAddedEarlierInTheChangeSetFollowsTheAddition() {
        List<ChangeVerdict> verdicts = ChangeSetVerdicts.of(List.of(
                addColumn("orders", "total"),
                change("addNotNullConstraint", "tableName", "orders", "columnName", "total")));
        assertThat(verdicts.get(1).stage()).contains(PRE_DEPLOY);
        assertThat(verdicts.get(1).reason()).startsWith("on a column this changeset adds");
    }

    @Test
    void changesOnOtherObjectsOrColumnsKeepTheirOwnStage() {
        List<ChangeVerdict> verdicts = ChangeSetVerdicts.of(List.of(
                create("job", column("id")),
                addColumn("orders", "total"),
                change("dropColumn", "tableName", "orders", "columnName", "legacy"),
                change("dropTable", "tableName", "other"),
                change("addNotNullConstraint", "tableName", "app.job", "columnName", "id")));
        assertThat(verdicts.get(2).stage()).contains(POST_DEPLOY);
        assertThat(verdicts.get(3).stage()).contains(POST_DEPLOY);
        assertThat(verdicts.get(4).stage()).contains(POST_DEPLOY);
    }

    @Test
    void aChangeOnAnotherSchemaOfTheSameNameIsNotTheCreatedTable() {
        List<ChangeVerdict> verdicts = ChangeSetVerdicts.of(List.of(
                create("job", column("id")),
                change("addNotNullConstraint", "tableName", "job", "schemaName", "app", "columnName", "id")));
        assertThat(verdicts.get(1).stage()).contains(POST_DEPLOY);
    }

    @Test
    void rawSqlOrADropInBetweenEndsTheRule() {
        List<ChangeVerdict> afterSql = ChangeSetVerdicts.of(List.of(
                create("job", column("id")),
                change("sql", "sql", "drop table job"),
                change("addNotNullConstraint", "tableName", "job", "columnName", "id")));
        assertThat(afterSql.get(2).stage()).contains(POST_DEPLOY);
        List<ChangeVerdict> afterDrop = ChangeSetVerdicts.of(List.of(
                create("job", column("id")),
                change("dropTable", "tableName", "job"),
                change("dropDefaultValue", "tableName", "job", "columnName", "id")));
        assertThat(afterDrop.get(1).stage()).contains(PRE_DEPLOY);
        assertThat(afterDrop.get(2).stage()).contains(POST_DEPLOY);
    }

    @Test
    void undecidableChangesOnACreatedTableFollowItToo() {
        List<ChangeVerdict> verdicts = ChangeSetVerdicts.of(List.of(
                create("job", column("id")),
                change("renameColumn", "tableName", "job", "oldColumnName", "id", "newColumnName", "job_id"),
                change("customChange")));
        assertThat(verdicts.get(1).stage()).contains(PRE_DEPLOY);
        assertThat(verdicts.get(2).kind()).isEqualTo(ChangeVerdict.Kind.UNDECIDABLE);
    }

    @Test
    void sqlStatementsAreJudgedByTheirEquivalentChangesAndTheRuleSpansStatements() {
        ChangeFacts sql = ChangeFacts.sql(
                "sql",
                List.of(
                        new SqlStatement("CREATE TABLE job (id int)", 1, Optional.of(create("job")), "creates job"),
                        new SqlStatement(
                                "ALTER TABLE job ALTER COLUMN id SET NOT NULL",
                                2,
                                Optional.of(change("addNotNullConstraint", "tableName", "job", "columnName", "id")),
                                "sets NOT NULL on job.id")));
        ChangeVerdict verdict = ChangeSetVerdicts.of(List.of(sql)).get(0);
        assertThat(verdict.stage()).contains(PRE_DEPLOY);
        assertThat(verdict.reason())
                .isEqualTo(
                        "its statements are pre-deploy: creates job (line 1), sets NOT NULL on" + " job.id (line 2)");
    }

    @Test
    void sqlStatementsOfBothStagesOrNotUnderstoodAreUndecidableAndQuoteTheStatement() {
        ChangeFacts mixed = ChangeFacts.sql(
                "sql",
                List.of(
                        new SqlStatement("CREATE TABLE a (id int)", 1, Optional.of(create("a")), "creates a"),
                        new SqlStatement(
                                "DROP TABLE b", 3, Optional.of(change("dropTable", "tableName", "b")), "drops b")));
        assertThat(ChangeSetVerdicts.of(List.of(mixed)).get(0).reason())
                .isEqualTo("its statements mix stages: pre-deploy creates a (line 1); post-deploy drops b (line 3)");
        ChangeFacts function = ChangeFacts.sql(
                "sql",
                List.of(new SqlStatement(
                        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql",
                        4,
                        Optional.empty(),
                        "a function body cannot be analysed")));
        ChangeVerdict verdict = ChangeSetVerdicts.of(List.of(function)).get(0);
        assertThat(verdict.kind()).isEqualTo(ChangeVerdict.Kind.UNDECIDABLE);
        assertThat(verdict.reason())
                .isEqualTo("line 4 of its SQL, 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql': a"
                        + " function body cannot be analysed");
    }

    @Test
    void aChangeWhosePropertiesCouldNotBeReadIsNeverInferred() {
        ChangeFacts view = ChangeFacts.of("createView", Map.of("viewName", "v"), List.of(), Optional.empty(), true);
        assertThat(ChangeStageRules.verdict(view).kind()).isEqualTo(ChangeVerdict.Kind.UNDECIDABLE);
    }
}
