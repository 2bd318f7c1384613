package liquibase.ext.syzygy.sqlgenerator;

import java.util.Optional;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.statement.ColumnRef;

/**
 * The message a staged NOT NULL fails with while the column still holds NULLs, the same on every database. The
 * database raises it, because only the database can tell at the moment the NOT NULL is set.
 */
public final class NullsRemain {

    private NullsRemain() {}

    /** {@code [NULLS_REMAIN] column ... holds NULLs ... Fix: ...}. */
    public static String message(ColumnRef column) {
        return new Finding(
                        FindingCode.NULLS_REMAIN,
                        Severity.ERROR,
                        Optional.empty(),
                        "column " + column + " still holds NULL values, so it cannot be made NOT NULL; nothing was"
                                + " changed.",
                        "give addNotNullConstraintStaged a defaultNullValue to fill them (in batches), or update"
                                + " those rows in an earlier changeset, and run the update again.")
                .format();
    }
}
