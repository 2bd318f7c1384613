package liquibase.ext.syzygy.validation;

import java.util.List;
import java.util.stream.Collectors;
import liquibase.command.CommandFailedException;
import liquibase.exception.LiquibaseException;
import liquibase.ext.syzygy.finding.Finding;

/**
 * The stage checks refused the run before anything was applied: the message is the findings, one per line, and
 * the exit code is 1.
 *
 * <p>Why not Liquibase's own {@code ValidationFailedException}: the CLI prints the deepest cause's message in its
 * "Exception Details" block, then the whole chain as an "Unexpected error", so every finding would be printed twice
 * (and its changeset once more). This exception is an expected {@link CommandFailedException}, which the CLI prints
 * as it is, once, without calling it unexpected and without a stack trace; its cause, a one-line summary, is what
 * the "Exception Details" block shows.
 */
public class StageChecksFailedException extends CommandFailedException {

    private static final long serialVersionUID = 1L;

    /** The run with the error {@code findings} was refused. */
    public StageChecksFailedException(List<Finding> findings) {
        super(
                null,
                1,
                "liquibase-syzygy refused the run, and applied nothing:" + System.lineSeparator()
                        + findings.stream().map(Finding::format).collect(Collectors.joining(System.lineSeparator())),
                true);
        initCause(new LiquibaseException(summary(findings)));
    }

    /** {@code 2 stage checks failed (AMBIGUOUS_STAGE, UNSAFE_CHANGE); nothing was applied}. */
    static String summary(List<Finding> findings) {
        String codes = findings.stream().map(f -> f.code().name()).distinct().collect(Collectors.joining(", "));
        return findings.size() + (findings.size() == 1 ? " stage check" : " stage checks") + " failed (" + codes
                + "); nothing was applied";
    }

    /**
     * Throws this exception from a method that declares none ({@code ValidatingVisitor.validate}). Liquibase's
     * command pipeline catches every exception of a step and wraps it for the caller, so the checked exception
     * reaches the CLI and the Java API like any other failure of the step.
     */
    RuntimeException throwUnchecked() {
        return StageChecksFailedException.<RuntimeException>throwAs(this);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException throwAs(Throwable exception) throws T {
        throw (T) exception;
    }
}
