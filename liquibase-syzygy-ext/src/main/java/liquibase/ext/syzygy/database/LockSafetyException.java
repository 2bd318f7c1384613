package liquibase.ext.syzygy.database;

import liquibase.exception.DatabaseException;
import liquibase.ext.syzygy.finding.Finding;

/**
 * A changeset stopped by lock safety (the retry budget spent, a statement timeout, a lock-safety setting that
 * cannot be read), carrying the coded message. Liquibase reports a failed changeset as "Reason: " plus its cause's
 * {@code toString()}; this one is the coded message alone, without a class name.
 */
final class LockSafetyException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    LockSafetyException(String message, Throwable cause) {
        super(message, cause);
    }

    LockSafetyException(Finding finding, Throwable cause) {
        this(finding.format(), cause);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
