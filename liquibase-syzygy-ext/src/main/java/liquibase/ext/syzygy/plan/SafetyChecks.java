package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.fact.DbObject;
import liquibase.ext.syzygy.fact.Effect;
import liquibase.ext.syzygy.fact.Effect.AddColumns;
import liquibase.ext.syzygy.fact.Effect.AlterColumn;
import liquibase.ext.syzygy.fact.Effect.DropColumns;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.schema.ColumnState;
import liquibase.ext.syzygy.schema.SchemaModel;
import liquibase.ext.syzygy.schema.SchemaReplay;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * Finds column changes that break the old or the new code whichever stage they run in, by replaying the
 * changelog's own schema changes (no database needed). Where the changelog does not tell, it says nothing.
 *
 * <p>Only pending changesets are judged: a change that already ran has no rollout left to break.
 */
final class SafetyChecks {

    private final SchemaModel model = new SchemaModel();
    private final Map<ColumnRef, PlannedChangeSet> stagedDefaults = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<ColumnRef> pendingColumns = new ArrayList<>();

    private static final String ADD_COLUMN_STAGED = "Use syzygy:addColumnStaged with a default (pre-deploy), then"
            + " syzygy:postAddColumn (post-deploy, once the new code writes the column); or make the column nullable.";

    /** All {@code UNSAFE_CHANGE} errors and {@code STAGED_DEFAULT_KEPT} warnings of {@code changeSets}. */
    static List<Finding> check(List<PlannedChangeSet> changeSets) {
        SafetyChecks checks = new SafetyChecks();
        changeSets.forEach(checks::visit);
        checks.stagedDefaults.forEach((column, changeSet) -> checks.findings.add(defaultKept(changeSet, column)));
        return checks.findings;
    }

    private void visit(PlannedChangeSet changeSet) {
        for (ChangeFacts change : changeSet.facts().changes()) {
            for (Effect effect : change.effects()) {
                if (!changeSet.ran()) {
                    judge(changeSet, change, effect);
                }
                SchemaReplay.apply(model, effect, changeSet.ran());
            }
        }
    }

    private void judge(PlannedChangeSet changeSet, ChangeFacts change, Effect effect) {
        if (effect instanceof AddColumns add) {
            judgeAddColumns(changeSet, add);
        } else if (effect instanceof DropColumns drop) {
            judgeDropColumns(changeSet, drop);
        } else if (effect instanceof AlterColumn alter) {
            judgeAlterColumn(changeSet, alter);
        }
    }

    private void judgeAddColumns(PlannedChangeSet changeSet, AddColumns add) {
        for (ColumnFacts column : add.columns()) {
            pendingColumns.add(new ColumnRef(add.table(), column.name()));
            if (add.staged() && column.hasDefault()) {
                stagedDefaults.put(new ColumnRef(add.table(), column.name()), changeSet);
            }
        }
        if (add.staged() || !model.existedBefore(add.table())) {
            return;
        }
        add.columns().stream()
                .filter(ColumnFacts::breaksInsertsThatOmitIt)
                .forEach(c -> findings.add(unsafe(
                        changeSet,
                        "adds NOT NULL column '" + add.table() + "." + c.name() + "' without a default to a table"
                                + " that existed before this deploy: the old code's INSERTs, which do not name the"
                                + " column, fail from the moment it is added.",
                        ADD_COLUMN_STAGED)));
    }

    private void judgeDropColumns(PlannedChangeSet changeSet, DropColumns drop) {
        if (!isPostDeploy(changeSet.decision())) {
            return;
        }
        for (String column : drop.columns()) {
            if (model.column(drop.table(), column)
                    .filter(ColumnState::rejectsInsertsThatOmitIt)
                    .isPresent()) {
                findings.add(unsafe(
                        changeSet,
                        "drops column '" + drop.table() + "." + column + "', which the changelog shows as NOT NULL"
                                + " without a default: between the rollout and this post-deploy change, the new"
                                + " code's INSERTs, which no longer name the column, fail.",
                        "Add syzygy:preRemoveColumn for " + drop.table() + "." + column + " in a pre-deploy"
                                + " changeset before it (with a defaultValue, or without one to drop NOT NULL); a"
                                + " dropNotNullConstraint or addDefaultValue works too."));
            }
        }
    }

    /**
     * A drop of a default clears the staged-default warning; NOT NULL set before the rollout on a column this deploy
     * adds to a table old code writes, without a default, breaks the old code's INSERTs just like a NOT NULL
     * {@code addColumn} does.
     */
    private void judgeAlterColumn(PlannedChangeSet changeSet, AlterColumn alter) {
        ColumnRef ref = new ColumnRef(alter.table(), alter.column());
        if (alter.alteration() == Effect.Alteration.DROP_DEFAULT) {
            stagedDefaults.keySet().removeIf(staged -> staged.is(alter.table(), alter.column()));
        }
        if (alter.alteration() != Effect.Alteration.SET_NOT_NULL
                || isPostDeploy(changeSet.decision())
                || !model.existedBefore(alter.table())
                || pendingColumns.stream().noneMatch(added -> added.is(alter.table(), alter.column()))) {
            return;
        }
        if (model.column(alter.table(), alter.column())
                .filter(ColumnState::hasDefault)
                .isEmpty()) {
            findings.add(unsafe(
                    changeSet,
                    "makes column '" + ref + "', which this deploy adds to a table that existed before, NOT NULL"
                            + " without a default before the rollout: the old code's INSERTs, which do not name the"
                            + " column, fail.",
                    ADD_COLUMN_STAGED + " Or keep it nullable until the rollout ends and then make it NOT NULL with"
                            + " syzygy:addNotNullConstraintStaged (post-deploy), whose defaultNullValue fills the"
                            + " rows the old code left NULL."));
        }
    }

    private static boolean isPostDeploy(StageDecision decision) {
        return decision.stage().filter(s -> s == Stage.POST_DEPLOY).isPresent();
    }

    private static Finding unsafe(PlannedChangeSet changeSet, String message, String hint) {
        return Finding.error(FindingCode.UNSAFE_CHANGE, changeSet.id(), message, hint);
    }

    private static Finding defaultKept(PlannedChangeSet changeSet, ColumnRef column) {
        return Finding.error(
                        FindingCode.STAGED_DEFAULT_KEPT,
                        changeSet.id(),
                        "adds column '" + column + "' with a staged default, but no later syzygy:postAddColumn"
                                + " drops it: the default stays in the database for good.",
                        "Once the new code writes the column itself, add a post-deploy changeset with"
                                + " syzygy:postAddColumn for it (usually in the next release).")
                .withSeverity(Severity.WARNING);
    }

    /** A column of a table, as the staged-default bookkeeping needs it. */
    private record ColumnRef(DbObject table, String column) {

        boolean is(DbObject otherTable, String otherColumn) {
            return column.equalsIgnoreCase(otherColumn) && table.mayBeSameAs(otherTable);
        }

        @Override
        public String toString() {
            return table + "." + column;
        }
    }
}
