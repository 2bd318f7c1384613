package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.statement.AddNotNullStagedStatement;
import liquibase.ext.syzygy.statement.BackfillNullsStatement;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;

/** What addNotNullConstraintStaged and validateConstraint refuse before anything runs, and what they emit. */
class LockSafeValidationTest {

    private static final PostgresDatabase PG = new PostgresDatabase();

    private static AddNotNullConstraintStagedChange notNull(boolean runInTransaction) {
        AddNotNullConstraintStagedChange change = new AddNotNullConstraintStagedChange();
        change.setTableName("orders");
        change.setColumnName("status");
        ChangeSet changeSet = new ChangeSet("7", "alice", false, false, "db/c.xml", null, null, runInTransaction, null);
        changeSet.addChange(change);
        return change;
    }

    private static List<String> errors(AddNotNullConstraintStagedChange change) {
        return change.validate(PG).getErrorMessages();
    }

    @Test
    void onPostgresTheChangesetMustNotRunInATransaction() {
        assertThat(errors(notNull(true)))
                .containsExactly("[INVALID_CHANGE] db/c.xml::7::alice: addNotNullConstraintStaged on column"
                        + " orders.status is in a changeset that runs in one transaction: on PostgreSQL that would"
                        + " hold the table's ACCESS EXCLUSIVE lock through the whole validating scan. Fix: set"
                        + " runInTransaction=\"false\" on the changeset; each step then takes its strong lock for a"
                        + " moment only, and every step is safe to run again after an interrupted run.");
        assertThat(notNull(true).validate(new SQLiteDatabase()).getErrorMessages())
                .as("SQLite locks the whole database for any write anyway")
                .isEmpty();
        assertThat(errors(notNull(false))).isEmpty();
    }

    @Test
    void aNonTransactionalChangesetHoldsNothingElse() {
        AddNotNullConstraintStagedChange change = notNull(false);
        change.getChangeSet().addChange(new ValidateConstraintChange());
        assertThat(errors(change))
                .singleElement()
                .asString()
                .contains("shares its runInTransaction=\"false\" changeset with a validateConstraint change")
                .contains("Fix: move the validateConstraint into a changeset of its own.");
    }

    @Test
    void theBatchSizeAndTheValueAreChecked() {
        AddNotNullConstraintStagedChange change = notNull(false);
        change.setBackfillBatchSize(0);
        change.setColumnDataType("bigint");
        change.setDefaultNullValue("ten");
        assertThat(errors(change))
                .containsExactly(
                        "[INVALID_DEFAULT] db/c.xml::7::alice: addNotNullConstraintStaged on column orders.status:"
                                + " defaultNullValue 'ten' is not a number. Fix: write a decimal number such as 0,"
                                + " -1.5 or 2e3, or use defaultValueComputed for a SQL expression.",
                        "[INVALID_CHANGE] db/c.xml::7::alice: addNotNullConstraintStaged on column orders.status:"
                                + " backfillBatchSize 0 is not a batch size. Fix: give a number of rows of at least 1,"
                                + " or leave it out for liquibase.syzygy.backfillBatchSize.");
    }

    @Test
    void theBatchSizeSettingIsUsedWhenTheAttributeIsLeftOut() throws Exception {
        AddNotNullConstraintStagedChange change = notNull(false);
        change.setDefaultNullValue("new");
        assertThat(((BackfillNullsStatement) change.generateStatements(PG)[0]).batchSize())
                .isEqualTo(10_000);
        String key = SyzygyConfiguration.BACKFILL_BATCH_SIZE.getKey();
        Scope.ScopedRunnerWithReturn<Integer> batchSize =
                () -> ((BackfillNullsStatement) change.generateStatements(PG)[0]).batchSize();
        assertThat(Scope.child(Map.<String, Object>of(key, "250"), batchSize)).isEqualTo(250);
        Scope.ScopedRunnerWithReturn<String> firstError =
                () -> change.validate(PG).getErrorMessages().get(0);
        String invalid = Scope.child(Map.<String, Object>of(key, "-1"), firstError);
        assertThat(invalid).startsWith("[INVALID_SETTING] liquibase.syzygy.backfillBatchSize=-1 is not a batch size.");
        change.setBackfillBatchSize(3);
        assertThat(((BackfillNullsStatement) change.generateStatements(PG)[0]).batchSize())
                .isEqualTo(3);
    }

    @Test
    void withoutAValueThereIsNoBackfillAndRollbackDropsNotNull() {
        AddNotNullConstraintStagedChange change = notNull(false);
        SqlStatement[] statements = change.generateStatements(PG);
        assertThat(statements).singleElement().isInstanceOf(AddNotNullStagedStatement.class);
        assertThat(((AddNotNullStagedStatement) statements[0]).constraintName()).isEqualTo("orders_status_not_null");
        change.setConstraintName("nn");
        assertThat(((AddNotNullStagedStatement) change.generateStatements(PG)[0]).constraintName())
                .isEqualTo("nn");
        SqlStatement rollback = change.generateRollbackStatements(PG)[0];
        assertThat(rollback).isInstanceOf(SetColumnNullableStatement.class);
        assertThat(((SetColumnNullableStatement) rollback).nullable()).isTrue();
    }

    @Test
    void namesNoDatabaseCanHoldAreRefused() {
        AddNotNullConstraintStagedChange change = notNull(false);
        change.setConstraintName("nn\u0000x");
        assertThat(errors(change)).singleElement().asString().startsWith("[UNSAFE_IDENTIFIER]");
        ValidateConstraintChange validate = new ValidateConstraintChange();
        validate.setTableName("orders");
        validate.setConstraintName("a\nb");
        assertThat(validate.validate(PG).getErrorMessages())
                .singleElement()
                .asString()
                .startsWith("[UNSAFE_IDENTIFIER]");
        assertThat(validate.generateRollbackStatements(PG)).isEmpty();
    }
}
