package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.sql.SqlClassifier;
import liquibase.ext.syzygy.sql.SqlDialect;
import liquibase.ext.syzygy.sql.SqlOptions;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

/** {@code BLOCKING_CHANGE}: long strong locks on tables that existed before the deploy, on PostgreSQL only. */
class BlockingChangesTest {

    private final List<PlannedChangeSet> plan = new ArrayList<>();

    private BlockingChangesTest add(String id, boolean ran, ChangeFacts... changes) {
        ChangeSetFacts facts =
                new ChangeSetFacts(new ChangeSetId("c.xml", id, "dev"), "", List.of(), List.of(changes), false);
        plan.add(new PlannedChangeSet(facts, StageClassifier.standard().decide(facts), ran));
        return this;
    }

    private static ChangeFacts createTable(String table) {
        return ChangeFacts.of(
                "createTable",
                Map.of("tableName", table),
                List.of(new ColumnFacts("id", "int", true, false, false)),
                Optional.empty());
    }

    private static ChangeFacts createIndex(String table, String column) {
        return ChangeFacts.of(
                "createIndex",
                Map.of("tableName", table),
                List.of(new ColumnFacts(column, "", true, false, false)),
                Optional.empty());
    }

    private static ChangeFacts sql(String sql) {
        return ChangeFacts.sql("sql", SqlClassifier.classify(sql, SqlOptions.defaults(SqlDialect.POSTGRESQL)));
    }

    private List<Finding> findings() {
        return StagePlanner.plan(plan, RunMode.PRE_DEPLOY, TableLocks.BLOCK_WRITES).findings().stream()
                .filter(f -> f.code() == FindingCode.BLOCKING_CHANGE)
                .toList();
    }

    private List<String> ids() {
        return findings().stream()
                .map(f -> f.changeSet().orElseThrow().id() + ":" + f.severity())
                .toList();
    }

    @Test
    void aPlainIndexOnATableThatExistedBeforeIsAWarningThatNamesTheConcurrentChange() {
        add("1", true, createTable("orders"));
        add("2", false, createIndex("orders", "customer_id"));
        assertThat(ids()).containsExactly("2:WARNING");
        Finding finding = findings().get(0);
        assertThat(finding.format())
                .isEqualTo("[BLOCKING_CHANGE] c.xml::2::dev: createIndex on 'orders', a table that existed before"
                        + " this deploy, holds a SHARE lock on it for the whole index build: every INSERT, UPDATE and"
                        + " DELETE on 'orders' waits until the index is built, minutes on a big table. Fix: Use"
                        + " syzygy:createIndexConcurrently, with the same attributes, in a changeset of its own with"
                        + " runInTransaction=\"false\": it builds the index while reads and writes go on.");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aTableUnknownToTheChangelogIsInTheDatabaseAlready() {
        add("1", false, createIndex("legacy", "code"));
        assertThat(ids()).containsExactly("1:WARNING");
    }

    @Test
    void tablesThisDeployCreatesAreEmptyAndNotWarnedAbout() {
        add("1", false, createTable("orders"), createIndex("orders", "a"));
        add("2", false, createIndex("orders", "b"));
        add("3", false, change("addUniqueConstraint", "tableName", "orders", "columnNames", "b"));
        add("4", false, change("renameTable", "oldTableName", "orders", "newTableName", "purchases"));
        add("5", false, createIndex("purchases", "c"));
        assertThat(ids()).isEmpty();
    }

    @Test
    void ranChangesetsAndTheConcurrentChangesAreNotWarnedAbout() {
        add("1", true, createTable("orders"));
        add("2", true, createIndex("orders", "a"));
        add(
                "3",
                false,
                ChangeFacts.of(
                        "createIndexConcurrently",
                        Map.of("tableName", "orders"),
                        List.of(new ColumnFacts("b", "", true, false, false)),
                        Optional.of(liquibase.ext.syzygy.Stage.PRE_DEPLOY)));
        add("4", false, change("dropIndexConcurrently", "tableName", "orders", "indexName", "a"));
        assertThat(ids()).isEmpty();
    }

    @Test
    void onSqliteNothingIsWarnedAbout() {
        add("1", false, createIndex("legacy", "code"));
        assertThat(StagePlanner.plan(plan, RunMode.PRE_DEPLOY).findings()).isEmpty();
        assertThat(StagePlanner.plan(plan, RunMode.PRE_DEPLOY, TableLocks.NOT_JUDGED)
                        .findings())
                .isEmpty();
    }

    @Test
    void constraintsBuiltOrValidatedInlineNameTheirRemedies() {
        add("1", true, createTable("orders"), createTable("customers"));
        add("2", false, change("addUniqueConstraint", "tableName", "orders", "columnNames", "number"));
        add("3", false, change("addPrimaryKey", "tableName", "orders", "columnNames", "id"));
        add(
                "4",
                false,
                change(
                        "addForeignKeyConstraint",
                        "baseTableName",
                        "orders",
                        "baseColumnNames",
                        "customer_id",
                        "referencedTableName",
                        "customers",
                        "referencedColumnNames",
                        "id"));
        add(
                "5",
                false,
                change(
                        "addForeignKeyConstraint",
                        "baseTableName",
                        "orders",
                        "baseColumnNames",
                        "customer_id",
                        "referencedTableName",
                        "customers",
                        "referencedColumnNames",
                        "id",
                        "validate",
                        "false"));
        add("6", false, change("dropIndex", "indexName", "orders_a"));
        assertThat(ids()).containsExactly("2:WARNING", "3:WARNING", "4:WARNING", "6:WARNING");
        List<Finding> findings = findings();
        assertThat(findings.get(0).hint())
                .contains("syzygy:createIndexConcurrently unique=\"true\"")
                .contains("ALTER TABLE orders ADD CONSTRAINT c UNIQUE USING INDEX i");
        assertThat(findings.get(1).hint()).contains("PRIMARY KEY USING INDEX i");
        assertThat(findings.get(2).message()).contains("SHARE ROW EXCLUSIVE lock");
        assertThat(findings.get(2).hint())
                .startsWith("Add the foreign key with validate=\"false\"")
                .contains("syzygy:validateConstraint");
        assertThat(findings.get(3).message()).startsWith("dropIndex on its table, a table that existed before");
        assertThat(findings.get(3).hint()).startsWith("Use syzygy:dropIndexConcurrently");
    }

    @Test
    void rawSqlIsJudgedPerStatement() {
        add("1", true, createTable("orders"));
        add("2", false, sql("CREATE INDEX orders_a ON orders (a)"));
        add("3", false, sql("CREATE INDEX CONCURRENTLY orders_b ON orders (b)"));
        add("4", false, sql("ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0)"));
        add("5", false, sql("ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID"));
        add(
                "6",
                false,
                sql("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID"));
        add("7", false, sql("CREATE TABLE fresh (id int); ALTER TABLE fresh ADD CHECK (id > 0)"));
        assertThat(ids()).containsExactly("2:WARNING", "4:WARNING");
        assertThat(findings().get(0).message()).startsWith("the SQL 'CREATE INDEX orders_a ON orders (a)' on 'orders'");
        assertThat(findings().get(1).hint()).startsWith("Add the constraint with NOT VALID");
    }
}
