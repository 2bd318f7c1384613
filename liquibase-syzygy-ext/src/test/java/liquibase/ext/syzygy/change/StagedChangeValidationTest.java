package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.ext.syzygy.testing.Sqlite;
import org.junit.jupiter.api.Test;

/** Validation errors say what is wrong, where, and what to do instead. */
class StagedChangeValidationTest {

    @Test
    void addColumnStagedRejectsNotNullWithoutDefault() throws Exception {
        try (Sqlite sqlite = new Sqlite("validation-not-null")) {
            assertThatThrownBy(() -> sqlite.liquibase().validate("staged/invalid/not-null-without-default.xml"))
                    .hasMessageContaining("addColumnStaged on table person, column nick is NOT NULL but has no"
                            + " default. Old application code inserts rows without this column during the rollout,"
                            + " so the database must supply a value: give the column a default (defaultValue,"
                            + " defaultValueNumeric, defaultValueBoolean, defaultValueDate or defaultValueComputed),"
                            + " or make it nullable (constraints nullable=\"true\").");
        }
    }

    @Test
    void postAddColumnWithoutAnyDefaultToRestoreIsInvalid() throws Exception {
        try (Sqlite sqlite = new Sqlite("validation-post-add")) {
            assertThatThrownBy(() -> sqlite.liquibase().validate("staged/invalid/post-add-without-default.xml"))
                    .as("the earlier addColumnStaged is in schema 'other', so it does not match")
                    .hasMessageContaining("postAddColumn on column person.nick in changeset"
                            + " staged/invalid/post-add-without-default.xml::post-add-nick::syzygy has no default"
                            + " to restore on rollback: no addColumnStaged earlier in the changelog adds this column"
                            + " (same schema, table and column) with a default. Give postAddColumn the default to"
                            + " restore");
        }
    }

    @Test
    void addColumnStagedRejectsWhatItCannotDoSafely() {
        AddColumnStagedChange change = new AddColumnStagedChange();
        change.setTableName("person");
        AddColumnConfig column = new AddColumnConfig();
        column.setName("code");
        column.setType("text");
        column.setDefaultValue("x");
        column.setConstraints(new ConstraintsConfig().setUnique(true));
        column.setValue("everyone");
        change.addColumn(column);

        assertThat(change.validate(new PostgresDatabase()).getErrorMessages())
                .containsExactly(
                        "addColumnStaged on table person, column code: unique is not supported by addColumnStaged;"
                                + " add it in a separate changeset (for example createIndex, addForeignKeyConstraint"
                                + " or setColumnRemarks)",
                        "addColumnStaged on table person, column code: a value attribute (it updates every row) is"
                                + " not supported by addColumnStaged; add it in a separate changeset (for example"
                                + " createIndex, addForeignKeyConstraint or setColumnRemarks)");
    }

    @Test
    void defaultValueAttributesAreCheckedBeforeUse() {
        PreRemoveColumnChange change = new PreRemoveColumnChange();
        change.setTableName("person");
        change.setColumnName("legacy");
        change.setDefaultValue("x");
        change.setDefaultValueNumeric("1; DROP TABLE person");

        List<String> errors = change.validate(new SQLiteDatabase()).getErrorMessages();

        assertThat(errors)
                .containsExactly(
                        "preRemoveColumn on column person.legacy sets defaultValue and defaultValueNumeric; set only"
                                + " one default value attribute",
                        "preRemoveColumn on column person.legacy: defaultValueNumeric '1; DROP TABLE person' is not a"
                                + " number; use defaultValueComputed for a SQL expression");
    }

    @Test
    void dropColumnOnSqliteNeedsAColumn() {
        NativeDropColumnChange change = new NativeDropColumnChange();
        change.setTableName("person");
        assertThat(change.validate(new SQLiteDatabase()).getErrorMessages())
                .containsExactly("dropColumn on table person names no column: set columnName, or nest column"
                        + " elements with a name");
    }
}
