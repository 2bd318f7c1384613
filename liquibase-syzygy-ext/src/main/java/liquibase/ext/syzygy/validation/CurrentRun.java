package liquibase.ext.syzygy.validation;

import java.util.Optional;
import java.util.Set;
import liquibase.Scope;
import liquibase.analytics.Event;
import liquibase.ext.syzygy.plan.EntryPoint;
import liquibase.integration.IntegrationDetails;

/**
 * What Liquibase's scope says about the run at hand: which entry point started it and which command runs. The
 * validating visitor gets neither as an argument, and both 4.33 and 5.0 keep them in the scope: the integration
 * details (set by the CLI, the Maven plugin and Spring Boot, absent for the plain Java API) and the command's
 * analytics event (set by every {@code CommandScope}, whatever the entry point; Liquibase 5.0 sets none when
 * analytics are turned off, and then no command counts as read-only).
 */
public final class CurrentRun {

    /** Commands that only read: findings never make them fail, they are reported as warnings. */
    private static final Set<String> READ_ONLY_COMMANDS =
            Set.of("status", "history", "unexpectedChangesets", "dbDoc", "calculateChecksum");

    private CurrentRun() {}

    /** The entry point that started this run. */
    public static EntryPoint entryPoint() {
        IntegrationDetails details =
                Scope.getCurrentScope().get(Scope.Attr.integrationDetails.name(), IntegrationDetails.class);
        return EntryPoint.named(details == null ? null : details.getName());
    }

    /** The command running, as Liquibase names it (e.g. {@code status}); empty outside a command. */
    public static Optional<String> command() {
        Event event = Scope.getCurrentScope().getAnalyticsEvent();
        return Optional.ofNullable(event).map(Event::getCommand);
    }

    /** Whether the running command only reads, so that findings must not make it fail. */
    public static boolean isReadOnly() {
        return command().filter(READ_ONLY_COMMANDS::contains).isPresent();
    }
}
