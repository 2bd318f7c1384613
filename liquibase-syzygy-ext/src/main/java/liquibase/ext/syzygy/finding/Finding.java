package liquibase.ext.syzygy.finding;

import java.util.Objects;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeSetId;

/**
 * One problem the extension found, with everything a user needs to fix it.
 *
 * <p>Checks return findings instead of throwing, and the caller (validator, command) decides whether to fail;
 * that lets {@code stage-plan} show every finding at once and lets history turn errors into warnings.
 *
 * @param code the stable code
 * @param severity error or warning
 * @param changeSet the changeset concerned, empty for run-wide findings such as {@code NO_STAGE_SELECTED}
 * @param message what is wrong and why
 * @param hint how to fix it
 */
public record Finding(
        FindingCode code, Severity severity, Optional<ChangeSetId> changeSet, String message, String hint) {

    public Finding {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(changeSet, "changeSet == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(hint, "hint == null");
    }

    public static Finding error(FindingCode code, ChangeSetId changeSet, String message, String hint) {
        return new Finding(code, Severity.ERROR, Optional.of(changeSet), message, hint);
    }

    /** The same finding, downgraded to a warning (used for changesets that already ran). */
    public Finding asWarning() {
        return withSeverity(Severity.WARNING);
    }

    /** The same finding saying {@code newMessage} and {@code newHint}, e.g. with a fact about the run added. */
    public Finding withText(String newMessage, String newHint) {
        return new Finding(code, severity, changeSet, newMessage, newHint);
    }

    /** The same finding with another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(code, other, changeSet, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for logs and exceptions: {@code [CODE] file::id::author: message Fix: hint}. */
    public String format() {
        String where = changeSet.map(id -> id + ": ").orElse("");
        return "[" + code + "] " + where + message + " Fix: " + hint;
    }
}
