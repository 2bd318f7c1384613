package liquibase.ext.syzygy.stage;

import static liquibase.ext.syzygy.Stage.POST_DEPLOY;
import static liquibase.ext.syzygy.Stage.PRE_DEPLOY;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.fact.Effect;

/**
 * The stage of each change type Liquibase core ships, with the reason, for the README and for messages.
 *
 * <p>Pre-deploy changes add or relax: old code neither reads what they add nor breaks on what they relax.
 * Post-deploy changes remove or constrain: old code may still read what they remove or write what they forbid.
 * Renames, type changes and anything whose effect cannot be read from the changelog are undecidable: the
 * changeset must say its stage, because guessing wrong breaks production.
 */
public final class ChangeStageRules {

    // Every verdict but a declared stage's is made once, when the rules are built, and shared: the rules run for
    // every change of every parse.
    private static final Map<String, Function<ChangeFacts, ChangeVerdict>> RULES = Map.ofEntries(
            pre("createTable", "creates a table old code does not use"),
            pre("createIndex", "adds an index; queries are unaffected"),
            pre("createSequence", "creates a sequence old code does not use"),
            pre("alterSequence", "changes a sequence's parameters; callers are unaffected"),
            replacing("createView", "view"),
            replacing("createProcedure", "procedure"),
            addColumn(),
            pre("addDefaultValue", "adds a default; old INSERTs keep working"),
            pre("dropNotNullConstraint", "relaxes a constraint; old code keeps working"),
            pre("addForeignKeyConstraint", "adds a constraint new code relies on"),
            pre("addPrimaryKey", "adds a constraint new code relies on"),
            pre("addUniqueConstraint", "adds a constraint new code relies on"),
            pre("addAutoIncrement", "adds a generated default; old INSERTs keep working"),
            pre("dropForeignKeyConstraint", "relaxes a constraint; old code keeps working"),
            pre("dropAllForeignKeyConstraints", "relaxes constraints; old code keeps working"),
            pre("dropUniqueConstraint", "relaxes a constraint; old code keeps working"),
            pre("dropPrimaryKey", "relaxes a constraint; old code keeps working"),
            pre("setTableRemarks", "changes a comment only"),
            pre("setColumnRemarks", "changes a comment only"),
            pre("insert", "changes data, not schema"),
            pre("loadData", "changes data, not schema"),
            pre("loadUpdateData", "changes data, not schema"),
            pre("update", "changes data, not schema"),
            pre("delete", "changes data, not schema"),
            post("dropTable", "drops a table old code may still use"),
            post("dropColumn", "drops a column old code may still read or write"),
            post("dropView", "drops a view old code may still query"),
            post("dropSequence", "drops a sequence old code may still use"),
            post("dropProcedure", "drops a procedure old code may still call"),
            post("dropIndex", "drops an index old code's queries may rely on"),
            post("dropDefaultValue", "drops a default old code's INSERTs may rely on"),
            post("addNotNullConstraint", "forbids NULLs old code may still write"),
            neutral("tagDatabase", "marks a point in history"),
            neutral("empty", "does nothing"),
            neutral("output", "only prints"),
            neutral("stop", "only stops the run"),
            neutral("lockTimeout", "only sets how long its changeset waits for locks"),
            undecidable("renameColumn", "old code uses the old name, new code the new one"),
            undecidable("renameTable", "old code uses the old name, new code the new one"),
            undecidable("renameView", "old code uses the old name, new code the new one"),
            undecidable("renameSequence", "old code uses the old name, new code the new one"),
            undecidable("modifyDataType", "a type change may break old code, new code, or neither"),
            undecidable("mergeColumns", "drops the merged columns and adds a new one"),
            undecidable("addLookupTable", "moves data into a new table and constrains the old one"),
            undecidable("sql", "raw SQL can do anything"),
            undecidable("sqlFile", "raw SQL can do anything"),
            undecidable("customChange", "a custom change can do anything"),
            undecidable("executeCommand", "an external command can do anything"),
            // Statement forms of raw SQL with no core change type of their own (see SqlStatement).
            pre("grant", "grants a privilege; old code keeps working"),
            post("revoke", "revokes a privilege old code may still use"),
            pre("createSchema", "creates a schema old code does not use"),
            pre("createExtension", "adds an extension's objects; old code is unaffected"),
            pre("dropConstraint", "relaxes a constraint; old code keeps working"));

    private ChangeStageRules() {}

    /**
     * The verdict for one change: its declared stage ({@code StagedChange}) first, else the rule for its type.
     *
     * <p>A type without a rule (another extension's change) is undecidable: refusing to guess is safer than
     * assuming it is additive.
     */
    public static ChangeVerdict verdict(ChangeFacts change) {
        Optional<Stage> declared = change.declaredStage();
        if (declared.isPresent()) {
            return ChangeVerdict.staged(change.type(), declared.get(), "the change type declares its stage");
        }
        if (change.unreadable()) {
            return ChangeVerdict.undecidable(change.type(), "some of its properties could not be read");
        }
        Function<ChangeFacts, ChangeVerdict> rule = RULES.get(change.type());
        if (rule == null) {
            return ChangeVerdict.undecidable(change.type(), "unknown change type");
        }
        return rule.apply(change);
    }

    /** Whether the built-in rules know the change type (used by the README table test). */
    public static boolean knows(String changeType) {
        return RULES.containsKey(changeType);
    }

    private static Map.Entry<String, Function<ChangeFacts, ChangeVerdict>> replacing(String type, String what) {
        ChangeVerdict replaces = ChangeVerdict.undecidable(
                type, "replaces an existing " + what + " that old code may rely on (replaceIfExists)");
        ChangeVerdict creates = ChangeVerdict.staged(type, PRE_DEPLOY, "creates a " + what + " old code does not use");
        return Map.entry(type, facts -> replaces(facts) ? replaces : creates);
    }

    private static Map.Entry<String, Function<ChangeFacts, ChangeVerdict>> addColumn() {
        ChangeVerdict unsafe = ChangeVerdict.staged(
                "addColumn",
                PRE_DEPLOY,
                "adds a NOT NULL column without a default; only safe on a table old code does not write");
        ChangeVerdict safe =
                ChangeVerdict.staged("addColumn", PRE_DEPLOY, "adds a nullable or defaulted column old code ignores");
        return Map.entry("addColumn", facts -> breaksInsertsThatOmitIt(facts) ? unsafe : safe);
    }

    private static boolean replaces(ChangeFacts facts) {
        for (Effect effect : facts.effects()) {
            if (effect instanceof Effect.CreateObject create && create.replaces()) {
                return true;
            }
        }
        return false;
    }

    private static boolean breaksInsertsThatOmitIt(ChangeFacts facts) {
        for (ColumnFacts column : facts.columns()) {
            if (column.breaksInsertsThatOmitIt()) {
                return true;
            }
        }
        return false;
    }

    private static Map.Entry<String, Function<ChangeFacts, ChangeVerdict>> pre(String type, String reason) {
        ChangeVerdict verdict = ChangeVerdict.staged(type, PRE_DEPLOY, reason);
        return Map.entry(type, facts -> verdict);
    }

    private static Map.Entry<String, Function<ChangeFacts, ChangeVerdict>> post(String type, String reason) {
        ChangeVerdict verdict = ChangeVerdict.staged(type, POST_DEPLOY, reason);
        return Map.entry(type, facts -> verdict);
    }

    private static Map.Entry<String, Function<ChangeFacts, ChangeVerdict>> neutral(String type, String reason) {
        ChangeVerdict verdict = ChangeVerdict.neutral(type, reason);
        return Map.entry(type, facts -> verdict);
    }

    private static Map.Entry<String, Function<ChangeFacts, ChangeVerdict>> undecidable(String type, String reason) {
        ChangeVerdict verdict = ChangeVerdict.undecidable(type, reason);
        return Map.entry(type, facts -> verdict);
    }
}
