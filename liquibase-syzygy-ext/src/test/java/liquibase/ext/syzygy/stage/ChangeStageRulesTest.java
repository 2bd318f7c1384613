package liquibase.ext.syzygy.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ColumnFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeStageRulesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "createTable, pre-deploy",
        "createView, pre-deploy",
        "createIndex, pre-deploy",
        "createSequence, pre-deploy",
        "alterSequence, pre-deploy",
        "createProcedure, pre-deploy",
        "addColumn, pre-deploy",
        "addDefaultValue, pre-deploy",
        "dropNotNullConstraint, pre-deploy",
        "addForeignKeyConstraint, pre-deploy",
        "addPrimaryKey, pre-deploy",
        "addUniqueConstraint, pre-deploy",
        "addAutoIncrement, pre-deploy",
        "dropForeignKeyConstraint, pre-deploy",
        "dropAllForeignKeyConstraints, pre-deploy",
        "dropUniqueConstraint, pre-deploy",
        "dropPrimaryKey, pre-deploy",
        "setTableRemarks, pre-deploy",
        "setColumnRemarks, pre-deploy",
        "insert, pre-deploy",
        "loadData, pre-deploy",
        "loadUpdateData, pre-deploy",
        "update, pre-deploy",
        "delete, pre-deploy",
        "dropTable, post-deploy",
        "dropColumn, post-deploy",
        "dropView, post-deploy",
        "dropSequence, post-deploy",
        "dropProcedure, post-deploy",
        "dropIndex, post-deploy",
        "dropDefaultValue, post-deploy",
        "addNotNullConstraint, post-deploy",
        "tagDatabase, neutral",
        "empty, neutral",
        "output, neutral",
        "stop, neutral",
        "renameColumn, undecidable",
        "renameTable, undecidable",
        "renameView, undecidable",
        "renameSequence, undecidable",
        "modifyDataType, undecidable",
        "mergeColumns, undecidable",
        "addLookupTable, undecidable",
        "sql, undecidable",
        "sqlFile, undecidable",
        "customChange, undecidable",
        "executeCommand, undecidable",
        "someOtherExtensionChange, undecidable",
    })
    void classifiesEveryCoreChangeType(String type, String expected) {
        assertThat(label(ChangeStageRules.verdict(ChangeFacts.of(type, Map.of()))))
                .isEqualTo(expected);
    }

    @Test
    void replaceIfExistsMakesViewsAndProceduresUndecidable() {
        for (String type : List.of("createView", "createProcedure")) {
            String name = type.equals("createView") ? "viewName" : "procedureName";
            ChangeVerdict verdict =
                    ChangeStageRules.verdict(ChangeFacts.of(type, Map.of(name, "v", "replaceIfExists", "true")));
            assertThat(verdict.kind()).isEqualTo(ChangeVerdict.Kind.UNDECIDABLE);
            assertThat(verdict.reason()).contains("replaceIfExists");
            assertThat(verdict.changeType()).isEqualTo(type);
            ChangeVerdict creates =
                    ChangeStageRules.verdict(ChangeFacts.of(type, Map.of(name, "v", "replaceIfExists", "false")));
            assertThat(creates.stage()).contains(Stage.PRE_DEPLOY);
            assertThat(creates.changeType()).isEqualTo(type);
        }
    }

    @Test
    void addColumnNotNullWithoutDefaultStaysPreDeployButSaysWhy() {
        ChangeFacts facts = ChangeFacts.of(
                "addColumn",
                Map.of("tableName", "t"),
                List.of(new ColumnFacts("c", "int", false, false, false)),
                Optional.empty());
        ChangeVerdict verdict = ChangeStageRules.verdict(facts);
        assertThat(verdict.stage()).contains(Stage.PRE_DEPLOY);
        assertThat(verdict.reason()).contains("NOT NULL column without a default");
    }

    @Test
    void addColumnOfNullableOrDefaultedColumnsSaysOldCodeIgnoresThem() {
        ChangeFacts facts = ChangeFacts.of(
                "addColumn",
                Map.of("tableName", "t"),
                List.of(
                        new ColumnFacts("a", "int", true, false, false),
                        new ColumnFacts("b", "int", false, true, false)),
                Optional.empty());
        ChangeVerdict verdict = ChangeStageRules.verdict(facts);
        assertThat(verdict.stage()).contains(Stage.PRE_DEPLOY);
        assertThat(verdict.reason()).isEqualTo("adds a nullable or defaulted column old code ignores");
    }

    @Test
    void aDeclaredStageBeatsTheRuleForTheType() {
        ChangeFacts facts = ChangeFacts.of("sql", Map.of(), List.of(), Optional.of(Stage.POST_DEPLOY));
        assertThat(ChangeStageRules.verdict(facts).stage()).contains(Stage.POST_DEPLOY);
    }

    /** Fails when a Liquibase upgrade ships a change type the rules have never considered. */
    @Test
    void knowsEveryChangeTypeLiquibaseCoreRegisters() {
        SortedSet<String> defined = CoreChangeTypes.names();
        assertThat(defined).isNotEmpty();
        assertThat(defined.stream().filter(type -> !ChangeStageRules.knows(type)))
                .as("core change types without a stage rule")
                .isEmpty();
    }

    private static String label(ChangeVerdict verdict) {
        return verdict.stage()
                .map(Stage::contextName)
                .orElse(verdict.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
