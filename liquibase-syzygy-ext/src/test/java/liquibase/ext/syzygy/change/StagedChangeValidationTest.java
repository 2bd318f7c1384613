package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.ext.syzygy.statement.ColumnTypes;
import liquibase.ext.syzygy.testing.Sqlite;
import org.junit.jupiter.api.Test;

/** Validation errors say what is wrong, where, and what to do instead. */
class StagedChangeValidationTest {

    @Test
    void addColumnStagedRejectsNotNullWithoutDefault() throws Exception {
        try (Sqlite sqlite = new Sqlite("validation-not-null")) {
            assertThatThrownBy(() -> sqlite.liquibase().validate("staged/invalid/not-null-without-default.xml"))
                    .hasMessageContaining("[INVALID_CHANGE] staged/invalid/not-null-without-default.xml::add-nick::"
                            + "syzygy: addColumnStaged on table person, column nick is NOT NULL but has no default."
                            + " Old application code inserts rows without this column during the rollout, so the"
                            + " database must supply a value. Fix: give the column a default (defaultValue,"
                            + " defaultValueNumeric, defaultValueBoolean, defaultValueDate or defaultValueComputed),"
                            + " or make it nullable (constraints nullable=\"true\").");
        }
    }

    @Test
    void postAddColumnWithoutAnyDefaultToRestoreIsInvalid() throws Exception {
        try (Sqlite sqlite = new Sqlite("validation-post-add")) {
            assertThatThrownBy(() -> sqlite.liquibase().validate("staged/invalid/post-add-without-default.xml"))
                    .as("the earlier addColumnStaged is in schema 'other', so it does not match")
                    .hasMessageContaining("[NO_STAGED_DEFAULT]"
                            + " staged/invalid/post-add-without-default.xml::post-add-nick::syzygy: postAddColumn on"
                            + " column person.nick has no default to restore on rollback: no addColumnStaged earlier"
                            + " in the changelog adds this column (same schema, table and column) with a default."
                            + " Fix: give postAddColumn the default to restore");
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
                        "[INVALID_CHANGE] addColumnStaged on table person, column code: unique is not supported by"
                                + " addColumnStaged. Fix: add it in a separate changeset (for example createIndex,"
                                + " addForeignKeyConstraint or setColumnRemarks).",
                        "[INVALID_CHANGE] addColumnStaged on table person, column code: a value attribute (it"
                                + " updates every row) is not supported by addColumnStaged. Fix: add it in a separate"
                                + " changeset (for example createIndex, addForeignKeyConstraint or setColumnRemarks).");
    }

    @Test
    void aMissingRequiredAttributeIsACodedErrorNotAnInternalOne() throws Exception {
        String file = "staged/invalid/missing-required.yaml";
        try (Sqlite sqlite = new Sqlite("validation-missing-required")) {
            assertThatThrownBy(() -> sqlite.liquibase().validate(file))
                    .extracting(Throwable::getMessage, as(STRING))
                    .doesNotContain("NullPointerException")
                    .doesNotContain("== null")
                    .contains("[INVALID_CHANGE] " + file + "::no-table::syzygy: tableName is required for"
                            + " addColumnStaged on sqlite.")
                    .contains("[INVALID_CHANGE] " + file + "::no-column::syzygy: columnName is required for"
                            + " postAddColumn on sqlite.")
                    .contains("[INVALID_CHANGE] " + file + "::no-index-table::syzygy: tableName is required")
                    .contains("[INVALID_CHANGE] " + file + "::no-index-name::syzygy: indexName is required")
                    .contains("[INVALID_CHANGE] " + file + "::no-not-null-column::syzygy: columnName is required")
                    .contains("[INVALID_CHANGE] " + file + "::no-constraint-table::syzygy: tableName is required")
                    .contains("[INVALID_CHANGE] " + file + "::no-drop-table::syzygy: dropColumn names no table.");
        }
    }

    @Test
    void addColumnStagedWithoutATableIsACodedError() {
        AddColumnStagedChange change = new AddColumnStagedChange();
        AddColumnConfig column = new AddColumnConfig();
        column.setName("code");
        column.setType("text");
        change.addColumn(column);

        assertThat(change.validate(new PostgresDatabase()).getErrorMessages())
                .containsExactly(
                        "[INVALID_CHANGE] tableName is required for addColumnStaged on postgresql. Fix: correct"
                                + " the change as the message says, or see the change type's documentation.");
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
                        "[INVALID_DEFAULT] preRemoveColumn on column person.legacy sets defaultValue and"
                                + " defaultValueNumeric. Fix: set only one default value attribute.",
                        "[INVALID_DEFAULT] preRemoveColumn on column person.legacy: defaultValueNumeric '1; DROP TABLE"
                                + " person' is not a number. Fix: write a decimal number such as 0, -1.5 or 2e3, or"
                                + " use defaultValueComputed for a SQL expression.");
    }

    @Test
    void dropColumnOnSqliteNeedsAColumn() {
        NativeDropColumnChange change = new NativeDropColumnChange();
        change.setTableName("person");
        assertThat(change.validate(new SQLiteDatabase()).getErrorMessages())
                .containsExactly("[INVALID_CHANGE] dropColumn on table person names no column. Fix: set"
                        + " columnName, or nest column elements with a name.");
    }

    @Test
    void preRemoveColumnRefusesValuesThatAreNotLiteralsOfTheirKind() {
        assertThat(preRemove(c -> c.setDefaultValueBoolean("yes")))
                .containsExactly("[INVALID_DEFAULT] preRemoveColumn on column person.legacy: defaultValueBoolean"
                        + " 'yes' is not a boolean. Fix: write true or false, or use defaultValueComputed for a SQL"
                        + " expression.");
        assertThat(preRemove(c -> c.setDefaultValueDate("now()); DROP TABLE person; --")))
                .singleElement(as(STRING))
                .startsWith("[INVALID_DEFAULT] preRemoveColumn on column person.legacy: defaultValueDate 'now());"
                        + " DROP TABLE person; --' is not an ISO date, time or timestamp. Fix: write e.g.");
        assertThat(preRemove(c -> c.setDefaultValueNumeric("12abc")))
                .singleElement(as(STRING))
                .startsWith("[INVALID_DEFAULT]");
        assertThat(preRemove(c -> c.setDefaultValueBoolean("TRUE"))).isEmpty();
        assertThat(preRemove(c -> c.setDefaultValueDate("2024-01-31T12:00:00"))).isEmpty();
    }

    @Test
    void namesNoDatabaseCanHoldAreRefused() {
        assertThat(preRemove(c -> c.setColumnName("a\u0000b")))
                .singleElement(as(STRING))
                .startsWith("[UNSAFE_IDENTIFIER] preRemoveColumn on column person.a")
                .contains("contains a control character");
        assertThat(preRemove(c -> c.setColumnName("a\"b; DROP TABLE person; --")))
                .as("a double quote can be written: the name is quoted with the quote doubled")
                .isEmpty();
    }

    @Test
    void addColumnStagedRefusesATypeThatIsNotAType() {
        AddColumnStagedChange change = new AddColumnStagedChange();
        change.setTableName("person");
        AddColumnConfig column = new AddColumnConfig();
        column.setName("code");
        column.setType("int); DROP TABLE person; --");
        change.addColumn(column);

        assertThat(change.validate(new PostgresDatabase()).getErrorMessages())
                .containsExactly("[INVALID_CHANGE] addColumnStaged on table person, column code: type 'int); DROP"
                        + " TABLE person; --' is not a column type. Fix: write a type such as varchar(20),"
                        + " numeric(10, 2), timestamp with time zone or int[].");
        for (String type : List.of(
                "varchar(20)",
                "numeric(10, 2)",
                "timestamp with time zone",
                "int[]",
                "double precision",
                "timestamp(3) without time zone")) {
            assertThat(ColumnTypes.isSafe(type)).as(type).isTrue();
        }
    }

    @Test
    void addColumnStagedRefusesWhatLiquibaseWouldTurnIntoAnExpression() throws Exception {
        var changeSet = liquibase.ext.syzygy.testing.Lb.changeSet("staged/invalid/values.yaml", "add-flags");
        AddColumnStagedChange change =
                (AddColumnStagedChange) changeSet.getChanges().get(0);

        assertThat(change.validate(new PostgresDatabase()).getErrorMessages())
                .containsExactly(
                        "[INVALID_DEFAULT] staged/invalid/values.yaml::add-flags::syzygy: addColumnStaged on table"
                                + " person, column flag: defaultValueBoolean 'yes' is not a boolean. Fix: write true or"
                                + " false, or use defaultValueComputed for a SQL expression.",
                        "[INVALID_DEFAULT] staged/invalid/values.yaml::add-flags::syzygy: addColumnStaged on table"
                                + " person, column since: defaultValueDate 'now()); CREATE TABLE pwned (id int); --' is"
                                + " not an ISO date, time or timestamp. Fix: write e.g. 2024-01-31, 12:00:00 or"
                                + " 2024-01-31T12:00:00, or use defaultValueComputed for a SQL expression.");
    }

    private static List<String> preRemove(java.util.function.Consumer<PreRemoveColumnChange> setup) {
        PreRemoveColumnChange change = new PreRemoveColumnChange();
        change.setTableName("person");
        change.setColumnName("legacy");
        setup.accept(change);
        return change.validate(new SQLiteDatabase()).getErrorMessages();
    }
}
