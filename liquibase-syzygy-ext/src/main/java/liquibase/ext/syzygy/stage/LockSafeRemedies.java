package liquibase.ext.syzygy.stage;

import java.util.Optional;

/**
 * The lock-safe change type to name in a finding's remedy when a plain core change holds a strong lock for as long
 * as it scans the table on PostgreSQL, so that every finding about such a change points the same way.
 *
 * <p>{@code addNotNullConstraint} scans under ACCESS EXCLUSIVE (no reads, no writes); an inline-validated
 * {@code addForeignKeyConstraint} scans under SHARE ROW EXCLUSIVE on both tables (no writes). Their staged forms
 * take the strong lock for moments only and scan under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.
 */
public final class LockSafeRemedies {

    private LockSafeRemedies() {}

    /** The remedy sentence for {@code changeType}, empty for a change type with no lock-safe form. */
    public static Optional<String> forChangeType(String changeType) {
        return Optional.ofNullable(
                switch (changeType) {
                    case "addNotNullConstraint" -> "On PostgreSQL, use syzygy:addNotNullConstraintStaged (post-deploy,"
                            + " in a runInTransaction=\"false\" changeset): it checks the rows without blocking reads"
                            + " and writes, and can fill NULLs first (defaultNullValue).";
                    case "addForeignKeyConstraint" -> "On PostgreSQL, add it with validate=\"false\" (NOT VALID: no"
                            + " scan, new writes are checked at once) and validate the old rows in a later changeset"
                            + " with syzygy:validateConstraint, whose scan lets reads and writes go on.";
                    default -> null;
                });
    }
}
