package liquibase.ext.syzygy.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

/**
 * The warnings already reported in this run, so that each is printed once although Liquibase validates the changelog
 * several times per run (once before the lock, again for its up-to-date check), each time with a fresh visitor.
 *
 * <p>The run's state lives on the run's own object, not in a static: Liquibase parses the changelog once per run,
 * so the set is attached as an attribute of the parsed root changelog's first changeset (attributes take no part in
 * checksums or SQL). A new run parses anew and starts empty.
 */
final class ReportedWarnings {

    static final String ATTRIBUTE = "liquibase.syzygy.reportedWarnings";

    private final Set<String> reported = new HashSet<>();

    private ReportedWarnings() {}

    /** The warnings this run of {@code changeLog} already reported. */
    static ReportedWarnings of(DatabaseChangeLog changeLog) {
        List<ChangeSet> changeSets = changeLog.getChangeSets();
        if (changeSets.isEmpty()) {
            return new ReportedWarnings(); // no changeset, no finding
        }
        if (changeSets.get(0).getAttribute(ATTRIBUTE) instanceof ReportedWarnings existing) {
            return existing;
        }
        ReportedWarnings fresh = new ReportedWarnings();
        changeSets.get(0).setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /** Records {@code warning}; true the first time this run sees it. */
    boolean firstTime(String warning) {
        return reported.add(warning);
    }
}
