package liquibase.ext.syzygy.plan;

import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.fact.DbObject;
import liquibase.ext.syzygy.fact.Effect.BlockingWork;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;

/**
 * The text of a {@code BLOCKING_CHANGE} warning: the lock PostgreSQL takes, for how long, and the way that lets the
 * writes go on. Only change types that exist are named as remedies.
 */
final class BlockingWarnings {

    private static final String OWN_CHANGESET = " in a changeset of its own with runInTransaction=\"false\"";
    private static final String VALIDATE_LATER = " then check the existing rows in a later changeset with"
            + " syzygy:validateConstraint, which lets writes go on.";

    private BlockingWarnings() {}

    static Finding of(ChangeSetId changeSet, String what, BlockingWork work) {
        String table = work.table().map(DbObject::toString).orElse("");
        String on = table.isEmpty() ? "its table" : "'" + table + "'";
        String message = what + " on " + on + ", a table that existed before this deploy, " + lock(work, on) + ".";
        return Finding.error(FindingCode.BLOCKING_CHANGE, changeSet, message, remedy(work, table))
                .asWarning();
    }

    private static String lock(BlockingWork work, String on) {
        return switch (work.work()) {
            case CREATE_INDEX -> "holds a SHARE lock on it for the whole index build: every INSERT, UPDATE and"
                    + " DELETE on " + on + " waits until the index is built, minutes on a big table";
            case DROP_INDEX -> "takes an ACCESS EXCLUSIVE lock on it: the drop waits for every query running on"
                    + " the table, and every query after it, reads included, waits behind the drop";
            case ADD_UNIQUE_CONSTRAINT, ADD_PRIMARY_KEY -> "holds an ACCESS EXCLUSIVE lock on it while it builds the"
                    + " constraint's unique index: every query on " + on + ", reads included, waits for the whole"
                    + " build";
            case VALIDATE_FOREIGN_KEY -> "holds a SHARE ROW EXCLUSIVE lock on it (and on the referenced table) while"
                    + " it checks every existing row: every INSERT, UPDATE and DELETE waits for the whole scan";
            case VALIDATE_CHECK -> "holds an ACCESS EXCLUSIVE lock on it while it checks every existing row: every"
                    + " query on " + on + ", reads included, waits for the whole scan";
        };
    }

    private static String remedy(BlockingWork work, String table) {
        String t = table.isEmpty() ? "t" : table;
        return switch (work.work()) {
            case CREATE_INDEX -> "Use syzygy:createIndexConcurrently, with the same attributes," + OWN_CHANGESET
                    + ": it builds the index while reads and writes go on.";
            case DROP_INDEX -> "Use syzygy:dropIndexConcurrently, with the same attributes," + OWN_CHANGESET + ".";
            case ADD_UNIQUE_CONSTRAINT -> "Build the unique index first with syzygy:createIndexConcurrently"
                    + " unique=\"true\"" + OWN_CHANGESET + ", then attach it in a later changeset with <sql>ALTER"
                    + " TABLE " + t + " ADD CONSTRAINT c UNIQUE USING INDEX i</sql>, which holds the lock only for a"
                    + " moment.";
            case ADD_PRIMARY_KEY -> "Build the unique index first with syzygy:createIndexConcurrently"
                    + " unique=\"true\"" + OWN_CHANGESET + ", then attach it in a later changeset with <sql>ALTER"
                    + " TABLE " + t + " ADD CONSTRAINT pk PRIMARY KEY USING INDEX i</sql> (the columns must already"
                    + " be NOT NULL).";
            case VALIDATE_FOREIGN_KEY -> "Add the foreign key with validate=\"false\" (PostgreSQL's NOT VALID: new"
                    + " rows are checked at once, and the lock is brief)," + VALIDATE_LATER;
            case VALIDATE_CHECK -> "Add the constraint with NOT VALID (ALTER TABLE " + t + " ADD CONSTRAINT c CHECK"
                    + " (...) NOT VALID: new rows are checked at once, and the lock is brief)," + VALIDATE_LATER;
        };
    }
}
