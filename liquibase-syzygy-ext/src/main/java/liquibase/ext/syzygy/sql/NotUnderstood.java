package liquibase.ext.syzygy.sql;

/**
 * Thrown by a translator that meets a part of a statement it does not understand completely; the classifier turns
 * it into an undecidable statement with this reason. Carries no stack trace: it is an answer, not a failure.
 */
final class NotUnderstood extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotUnderstood(String reason) {
        super(reason, null, false, false);
    }
}
