package liquibase.ext.syzygy.coordination;

import liquibase.command.CommandFailedException;
import liquibase.exception.LiquibaseException;
import liquibase.ext.syzygy.finding.Finding;

/**
 * A deployer left the quorum with an error. An expected {@link CommandFailedException}, so that the CLI prints the
 * coded message once, without a stack trace, and exits 1 (see {@code StageChecksFailedException}).
 */
public class QuorumFailedException extends CommandFailedException {

    private static final long serialVersionUID = 1L;

    /** The deployer stopped with {@code finding}. */
    public QuorumFailedException(Finding finding) {
        super(null, 1, "liquibase-syzygy quorum: " + finding.format(), true);
        initCause(new LiquibaseException("quorum failed (" + finding.code() + ")"));
    }
}
