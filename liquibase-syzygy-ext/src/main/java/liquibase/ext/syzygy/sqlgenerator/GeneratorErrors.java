package liquibase.ext.syzygy.sqlgenerator;

import java.util.Optional;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;

/**
 * The errors a generator can only find while it writes SQL against the live database (a table or column that is
 * not there yet): coded like every finding, {@code [CODE] what is wrong. Fix: how}. Liquibase adds the changeset
 * when it reports the failed changeset.
 */
public final class GeneratorErrors {

    private GeneratorErrors() {}

    /** The exception that fails the changeset with the coded message. */
    public static UnexpectedLiquibaseException failure(FindingCode code, String message, String hint) {
        return new Failure(new Finding(code, Severity.ERROR, Optional.empty(), message, hint).format());
    }

    /**
     * Liquibase reports a failed changeset as "Reason: " plus its cause's {@code toString()}, which would put this
     * exception's class name in front of the message: the coded message alone is what the user should read.
     */
    static final class Failure extends UnexpectedLiquibaseException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
