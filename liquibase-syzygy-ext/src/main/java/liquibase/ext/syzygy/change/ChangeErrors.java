package liquibase.ext.syzygy.change;

import java.util.Optional;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;

/**
 * Writes a change's validation error in the form of every other finding, {@code [CODE] file::id::author: what is
 * wrong. Fix: how}, so that users and CI can match the code whichever check found the problem.
 */
public final class ChangeErrors {

    private ChangeErrors() {}

    /** Adds the coded error to {@code errors}. */
    static void add(ValidationErrors errors, Change change, FindingCode code, String message, String hint) {
        errors.addError(format(change.getChangeSet(), code, message, hint));
    }

    /** The one-line finding for {@code changeSet} (none when the change is not in a changeset). */
    public static String format(ChangeSet changeSet, FindingCode code, String message, String hint) {
        Optional<ChangeSetId> id =
                Optional.ofNullable(changeSet).map(c -> new ChangeSetId(c.getFilePath(), c.getId(), c.getAuthor()));
        return new Finding(code, Severity.ERROR, id, message, hint).format();
    }

    /**
     * {@code errors} with every message that has no code yet coded {@code INVALID_CHANGE}: Liquibase's own checks
     * (a required attribute, a generator's refusal). A message {@code "what. Fix: how"} keeps its fix.
     */
    public static ValidationErrors coded(ValidationErrors errors, ChangeSet changeSet) {
        ValidationErrors coded = new ValidationErrors();
        for (String message : errors.getErrorMessages()) {
            coded.addError(message.startsWith("[") ? message : invalidChange(changeSet, message));
        }
        errors.getWarningMessages().forEach(coded::addWarning);
        return coded;
    }

    private static String invalidChange(ChangeSet changeSet, String message) {
        int fix = message.indexOf(" Fix: ");
        String what = fix < 0 ? message : message.substring(0, fix);
        String hint = fix < 0
                ? "correct the change as the message says, or see the change type's documentation."
                : message.substring(fix + " Fix: ".length());
        return format(changeSet, FindingCode.INVALID_CHANGE, what.endsWith(".") ? what : what + ".", hint);
    }

    /** Adds an {@code UNSAFE_IDENTIFIER} error when {@code problem} (a name and why) is not null. */
    static void unsafeName(ValidationErrors errors, Change change, String where, String problem) {
        if (problem != null) {
            add(
                    errors,
                    change,
                    FindingCode.UNSAFE_IDENTIFIER,
                    where + ": the " + problem + ", which no database can hold as an identifier.",
                    "name the object with printable characters; names that are not plain identifiers are quoted.");
        }
    }
}
