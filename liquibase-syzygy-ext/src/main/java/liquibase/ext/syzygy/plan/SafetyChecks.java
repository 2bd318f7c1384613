package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.schema.ColumnState;
import liquibase.ext.syzygy.schema.DbObject;
import liquibase.ext.syzygy.schema.SchemaModel;
import liquibase.ext.syzygy.schema.SchemaReplay;
import liquibase.ext.syzygy.stage.ChangeFacts;
import liquibase.ext.syzygy.stage.ColumnFacts;
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

    /** All {@code UNSAFE_CHANGE} errors and {@code STAGED_DEFAULT_KEPT} warnings of {@code changeSets}. */
    static List<Finding> check(List<PlannedChangeSet> changeSets) {
        SafetyChecks checks = new SafetyChecks();
        changeSets.forEach(checks::visit);
        checks.stagedDefaults.forEach((column, changeSet) -> checks.findings.add(defaultKept(changeSet, column)));
        return checks.findings;
    }

    private void visit(PlannedChangeSet changeSet) {
        for (ChangeFacts change : changeSet.facts().changes()) {
            if (!changeSet.ran()) {
                judge(changeSet, change);
            }
            SchemaReplay.apply(model, change, changeSet.ran());
        }
    }

    private void judge(PlannedChangeSet changeSet, ChangeFacts change) {
        DbObject table = SchemaReplay.tableOf(change);
        switch (change.type()) {
            case "addColumn" -> judgeAddColumn(changeSet, change, table);
            case "dropColumn" -> judgeDropColumn(changeSet, change, table);
            case "addColumnStaged" -> change.columns().stream()
                    .filter(ColumnFacts::hasDefault)
                    .forEach(c -> stagedDefaults.put(new ColumnRef(table, c.name()), changeSet));
            case "postAddColumn" -> change.property("columnName")
                    .ifPresent(c -> stagedDefaults.keySet().removeIf(ref -> ref.is(table, c)));
            default -> {}
        }
    }

    private void judgeAddColumn(PlannedChangeSet changeSet, ChangeFacts change, DbObject table) {
        if (!model.existedBefore(table)) {
            return;
        }
        change.columns().stream()
                .filter(ColumnFacts::breaksInsertsThatOmitIt)
                .forEach(c -> findings.add(unsafe(
                        changeSet,
                        "adds NOT NULL column '" + table + "." + c.name() + "' without a default to a table that"
                                + " existed before this deploy: the old code's INSERTs, which do not name the"
                                + " column, fail from the moment it is added.",
                        "Use syzygy:addColumnStaged with a default (pre-deploy), then syzygy:postAddColumn"
                                + " (post-deploy, once the new code writes the column); or make the column"
                                + " nullable.")));
    }

    private void judgeDropColumn(PlannedChangeSet changeSet, ChangeFacts change, DbObject table) {
        if (!isPostDeploy(changeSet.decision())) {
            return;
        }
        for (String column : SchemaReplay.droppedColumns(change)) {
            if (model.column(table, column)
                    .filter(ColumnState::rejectsInsertsThatOmitIt)
                    .isPresent()) {
                findings.add(unsafe(
                        changeSet,
                        "drops column '" + table + "." + column + "', which the changelog shows as NOT NULL"
                                + " without a default: between the rollout and this post-deploy change, the new"
                                + " code's INSERTs, which no longer name the column, fail.",
                        "Add syzygy:preRemoveColumn for " + table + "." + column + " in a pre-deploy changeset"
                                + " before it (with a defaultValue, or without one to drop NOT NULL); a"
                                + " dropNotNullConstraint or addDefaultValue works too."));
            }
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
