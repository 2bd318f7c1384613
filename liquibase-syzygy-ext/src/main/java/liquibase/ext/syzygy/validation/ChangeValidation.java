package liquibase.ext.syzygy.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.changelog.PlannedChangeSets;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.plan.PlannedChangeSet;

/**
 * Liquibase's own validation of each change ({@code change.validate(database)}, what {@code update} runs) for the
 * pending changesets Liquibase would not validate in this run, as findings.
 *
 * <p>Liquibase validates only the changesets a run selects, so a pre-deploy run would never see that a
 * post-deploy changeset is invalid, and {@code stage-plan} validates nothing: the error would first show in the
 * post-deploy run, after the rollout. Each error keeps the code the change gave it, else it is
 * {@code INVALID_CHANGE}.
 */
public final class ChangeValidation {

    private static final Pattern CODED = Pattern.compile("(?s)\\[([A-Z_]+)] (.*)");
    private static final String FIX = " Fix: ";
    private static final String DEFAULT_HINT = "correct the change as the message says.";

    private ChangeValidation() {}

    /** The findings of every pending, otherwise selected changeset whose stage is in {@code stages}. */
    public static List<Finding> findings(PlannedChangeSets planned, Database database, Set<Stage> stages) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedChangeSet each : planned.planned()) {
            boolean pending = !each.ran() && each.selected() && !each.decision().isAmbiguous();
            if (pending && stages.contains(each.decision().stageOrThrow())) {
                planned.changeSet(each.id()).ifPresent(changeSet -> validate(changeSet, each.id(), database, findings));
            }
        }
        return findings;
    }

    private static void validate(ChangeSet changeSet, ChangeSetId id, Database database, List<Finding> findings) {
        for (Change change : changeSet.getChanges()) {
            for (String message : errors(change, database)) {
                findings.add(finding(id, message));
            }
        }
    }

    private static List<String> errors(Change change, Database database) {
        try {
            ValidationErrors errors = change.validate(database);
            return errors == null ? List.of() : errors.getErrorMessages();
        } catch (RuntimeException e) {
            return List.of(change.getSerializedObjectName() + " cannot be validated: " + e.getMessage());
        }
    }

    /** The finding a validation message stands for: its own code, message and fix when it has them. */
    static Finding finding(ChangeSetId id, String message) {
        Matcher coded = CODED.matcher(message);
        Optional<FindingCode> code = coded.matches() ? code(coded.group(1)) : Optional.empty();
        String text = code.isPresent() ? coded.group(2) : message;
        String prefix = id + ": ";
        text = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
        int fix = text.lastIndexOf(FIX);
        String what = fix < 0 ? text : text.substring(0, fix);
        String hint = fix < 0 ? DEFAULT_HINT : text.substring(fix + FIX.length());
        return Finding.error(code.orElse(FindingCode.INVALID_CHANGE), id, what.endsWith(".") ? what : what + ".", hint);
    }

    private static Optional<FindingCode> code(String name) {
        for (FindingCode code : FindingCode.values()) {
            if (code.name().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
