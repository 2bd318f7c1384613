package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.change.AddColumnConfig;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.RollbackImpossibleException;
import liquibase.ext.syzygy.statement.CreateIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.DropIndexConcurrentlyStatement;
import liquibase.ext.syzygy.testing.Lb;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code createIndexConcurrently} and {@code dropIndexConcurrently}: the same changesets in XML (against the shipped
 * XSD), YAML and JSON, with pinned checksums; their stages, the changeset rule, their rollbacks.
 */
class ConcurrentIndexChangesTest {

    /** Checksums of {@code staged/indexes/indexes.*}, by changeset id. Never update these to make a test pass. */
    static final Map<String, String> PINNED = Map.of(
            "create", "9:615a270cbab75551b599b0d39fc30965",
            "create-computed", "9:c7dcb3bc245962906b08f4c3e3a9aa6d",
            "drop", "9:b3699a27e134f6c9cda57ff674e8de4a",
            "drop-restorable", "9:2271ff0f6e6c6e187a4cd6b9bdff3bb4");

    private static final PostgresDatabase PG = new PostgresDatabase();

    @ParameterizedTest
    @ValueSource(strings = {"staged/indexes/indexes.xml", "staged/indexes/indexes.yaml", "staged/indexes/indexes.json"})
    void everyFormatParsesToThePinnedChecksums(String changelog) throws Exception {
        assertThat(ChangeFormatsTest.checksums(Lb.parse(changelog))).isEqualTo(PINNED);
    }

    @Test
    void changeTypesAndStages() throws Exception {
        DatabaseChangeLog log = Lb.parse("staged/indexes/indexes.xml");
        Map<String, String> types = ChangeFormatsTest.typesAndStages(log);
        assertThat(types)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "create", "CreateIndexConcurrentlyChange:pre-deploy",
                        "create-computed", "CreateIndexConcurrentlyChange:pre-deploy",
                        "drop", "DropIndexConcurrentlyChange:post-deploy",
                        "drop-restorable", "DropIndexConcurrentlyChange:post-deploy"));
        assertThat(log.getChangeSets().stream()
                        .collect(Collectors.toMap(ChangeSet::getId, cs -> String.valueOf(cs.getContextFilter()))))
                .as("the stage each change type states is the changeset's inferred stage")
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "create", "pre-deploy",
                        "create-computed", "pre-deploy",
                        "drop", "post-deploy",
                        "drop-restorable", "post-deploy"));
        CreateIndexConcurrentlyChange create = (CreateIndexConcurrentlyChange) change(log, "create");
        assertThat(create.getColumns()).extracting(AddColumnConfig::getName).containsExactly("nick", "score");
        assertThat(create.getColumns().get(1).getDescending()).isTrue();
        assertThat(create.validate(PG).getErrorMessages()).isEmpty();
    }

    @Test
    void withoutALiveConnectionTheChangeIsTheBuildAlone() throws Exception {
        SqlStatement[] statements =
                change(Lb.parse("staged/indexes/indexes.xml"), "create").generateStatements(PG);
        assertThat(statements).hasSize(1);
        CreateIndexConcurrentlyStatement create = (CreateIndexConcurrentlyStatement) statements[0];
        assertThat(create.unique()).isTrue();
        assertThat(create.index().indexName()).isEqualTo("person_nick");
    }

    @Test
    void aChangeSetInATransactionIsRefusedWithTheRemedy() throws Exception {
        ChangeSet changeSet = Lb.changeSet("staged/indexes/in-transaction.xml", "in-transaction");
        assertThat(changeSet.getChanges().get(0).validate(PG).getErrorMessages())
                .containsExactly("[INVALID_CHANGE] staged/indexes/in-transaction.xml::in-transaction::syzygy:"
                        + " createIndexConcurrently person_nick on table person is in a changeset that runs in a"
                        + " transaction, and PostgreSQL cannot build or drop an index concurrently inside a"
                        + " transaction. Fix: add runInTransaction=\"false\" to the changeset.");
        assertThat(changeSet.getChanges().get(0).validate(new SQLiteDatabase()).getErrorMessages())
                .as("on SQLite too: the changelog must run on PostgreSQL as well")
                .hasSize(1);
    }

    @Test
    void aChangeSetWithOtherChangesIsRefused() throws Exception {
        ChangeSet changeSet = Lb.changeSet("staged/indexes/with-others.xml", "with-others");
        assertThat(changeSet.getChanges().get(1).validate(PG).getErrorMessages())
                .containsExactly("[INVALID_CHANGE] staged/indexes/with-others.xml::with-others::syzygy:"
                        + " dropIndexConcurrently person_nick shares its changeset with 1 other change: without a"
                        + " transaction a failure would leave the changeset half applied. Fix: move the other changes"
                        + " into changesets of their own.");
    }

    @Test
    void whatCannotBeDoneConcurrentlyOrSafelyIsRefused() {
        CreateIndexConcurrentlyChange change = new CreateIndexConcurrentlyChange();
        change.setTableName("person");
        change.setIndexName("person_nick");
        change.setClustered(true);
        change.setUsing("btree (nick); DROP TABLE person; --");
        AddColumnConfig nick = new AddColumnConfig();
        nick.setName("nick");
        change.addColumn(nick);
        assertThat(change.validate(PG).getErrorMessages())
                .containsExactly(
                        "[INVALID_CHANGE] createIndexConcurrently person_nick on table person sets clustered=\"true\":"
                                + " PostgreSQL clusters a table with CLUSTER, which rewrites it under an ACCESS"
                                + " EXCLUSIVE lock, so it cannot be done concurrently. Fix: remove clustered, or use"
                                + " createIndex with clustered=\"true\" in a maintenance window.",
                        "[INVALID_CHANGE] createIndexConcurrently person_nick on table person: using 'btree (nick);"
                                + " DROP TABLE person; --' is not a plain name. Fix: write using as a name of letters,"
                                + " digits and underscores, such as btree or gin.");
        CreateIndexConcurrentlyChange unnamed = new CreateIndexConcurrentlyChange();
        unnamed.setTableName("person");
        assertThat(String.join("\n", unnamed.validate(PG).getErrorMessages()))
                .contains("[INVALID_CHANGE] indexName is required for createIndexConcurrently on table person.")
                .contains("names no column");
    }

    @Test
    void createRollsBackToDropConcurrently() throws Exception {
        SqlStatement[] rollback = change(Lb.parse("staged/indexes/indexes.xml"), "create-computed")
                .generateRollbackStatements(PG);
        assertThat(rollback).hasSize(1);
        DropIndexConcurrentlyStatement drop = (DropIndexConcurrentlyStatement) rollback[0];
        assertThat(drop.index().toString()).isEqualTo("app.person_lower_nick");
    }

    @Test
    void dropRollsBackOnlyWhenGivenTheColumns() throws Exception {
        DatabaseChangeLog log = Lb.parse("staged/indexes/indexes.xml");
        assertThat(change(log, "drop").supportsRollback(PG)).isFalse();
        assertThatThrownBy(() -> change(log, "drop").generateRollbackStatements(PG))
                .isInstanceOf(RollbackImpossibleException.class)
                .hasMessage("[NO_ROLLBACK] staged/indexes/indexes.xml::drop::syzygy: dropIndexConcurrently"
                        + " person_nick cannot be rolled back automatically: the index's table and columns are not in"
                        + " the change. Fix: give dropIndexConcurrently the tableName and the index's columns (and"
                        + " unique, using), or add a <rollback> block with createIndexConcurrently.");
        SqlStatement[] rollback = change(log, "drop-restorable").generateRollbackStatements(PG);
        assertThat(Arrays.stream(rollback).map(s -> s.getClass().getSimpleName()))
                .containsExactly("CreateIndexConcurrentlyStatement");
        assertThat(((CreateIndexConcurrentlyStatement) rollback[0]).columns())
                .extracting(c -> c.name())
                .containsExactly("score");
    }

    private static liquibase.change.Change change(DatabaseChangeLog log, String id) {
        return log.getChangeSets().stream()
                .filter(cs -> cs.getId().equals(id))
                .findFirst()
                .orElseThrow()
                .getChanges()
                .get(0);
    }
}
