package liquibase.ext.syzygy.validation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.analytics.Event;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.ext.syzygy.plan.EntryPoint;
import liquibase.ext.syzygy.plan.TableLocks;
import liquibase.integration.IntegrationDetails;

/**
 * What Liquibase says about the run at hand: which entry point started it and whether the command only reads. The
 * validating visitor gets neither as an argument. The entry point is in the scope's integration details (set by the
 * CLI, the Maven plugin and Spring Boot, absent for the plain Java API).
 *
 * <p>Read-only commands mark their own label filter ({@link #markReadOnly}, from a command step that joins them):
 * the label filter is the one run setting that reaches the visitor whatever the Liquibase version and entry point.
 * The scope's analytics event names the command too, but Liquibase 5.0 sets none when analytics are off (an
 * offline machine, or a user's choice), so it only serves as a second witness.
 */
public final class CurrentRun {

    /** Commands that only read: findings never make them fail, they are reported as warnings. */
    public static final Set<String> READ_ONLY_COMMANDS =
            Set.of("status", "history", "unexpectedChangesets", "dbDoc", "calculateChecksum");

    /** A label name no changeset is expected to carry; the marker is always true, whatever a changeset's labels. */
    private static final String MARKER_LABEL = "syzygy-read-only";

    private static final String MARKER = "(" + MARKER_LABEL + " or !" + MARKER_LABEL + ")";

    private CurrentRun() {}

    /**
     * Whether {@code database}'s schema changes stop a table's writes while they build or scan it: PostgreSQL's do,
     * and it has non-blocking forms; SQLite's writers lock the whole database anyway, so warning there helps nobody.
     */
    public static TableLocks tableLocks(Database database) {
        return database instanceof PostgresDatabase ? TableLocks.BLOCK_WRITES : TableLocks.NOT_JUDGED;
    }

    /** The entry point that started this run. */
    public static EntryPoint entryPoint() {
        IntegrationDetails details =
                Scope.getCurrentScope().get(Scope.Attr.integrationDetails.name(), IntegrationDetails.class);
        return EntryPoint.named(details == null ? null : details.getName());
    }

    /**
     * The label filter {@code labelFilter} (empty or null for none) with the read-only marker joined to each of its
     * comma-separated alternatives: it selects exactly the changesets {@code labelFilter} selects.
     */
    public static String markReadOnly(String labelFilter) {
        if (labelFilter == null || labelFilter.isBlank()) {
            return MARKER;
        }
        if (labelFilter.contains(MARKER)) {
            return labelFilter;
        }
        return Arrays.stream(labelFilter.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .map(part -> "(" + part + ") and " + MARKER)
                .collect(Collectors.joining(", "));
    }

    /** Whether the running command only reads, so that findings must not make it fail. */
    public static boolean isReadOnly(LabelExpression labels) {
        boolean marked = labels != null
                && labels.getLabels().stream().anyMatch(expression -> expression.contains("!" + MARKER_LABEL));
        return marked || analyticsCommand().filter(READ_ONLY_COMMANDS::contains).isPresent();
    }

    private static Optional<String> analyticsCommand() {
        Event event = Scope.getCurrentScope().getAnalyticsEvent();
        return Optional.ofNullable(event).map(Event::getCommand);
    }
}
