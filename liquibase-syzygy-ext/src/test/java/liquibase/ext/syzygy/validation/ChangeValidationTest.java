package liquibase.ext.syzygy.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import liquibase.command.CommandFailedException;
import liquibase.ext.syzygy.support.Commands;
import liquibase.ext.syzygy.support.Sqlite;
import org.junit.jupiter.api.Test;

/** stage-plan and a one-stage run report the change errors that update of either stage would. */
class ChangeValidationTest {

    @Test
    void stagePlanReportsTheErrorsOfTheChangesThemselves() throws Exception {
        String url = Sqlite.freshUrl("change-validation-plan");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("url", url);
        arguments.put("changelogFile", "staged/invalid/two-defaults.xml");
        arguments.put("contexts", "pre-deploy");

        Throwable thrown = catchThrowable(() -> Commands.run("stagePlan", arguments, output));

        assertThat(rootCause(thrown)).isInstanceOf(CommandFailedException.class);
        assertThat(((CommandFailedException) rootCause(thrown)).getExitCode()).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("INVALID_DEFAULT")
                .contains("sets defaultValue and defaultValueNumeric and defaultValueDate")
                .contains("defaultValueDate 'now()); CREATE TABLE pwned (id int); --' is not an ISO date");
        assertThat(Sqlite.tableExists(url, "person")).isFalse();
    }

    @Test
    void aPreDeployRunRefusesAPostDeployHalfThatWouldFailAfterTheRollout() throws Exception {
        String url = Sqlite.freshUrl("change-validation-pre-deploy");

        Throwable thrown =
                catchThrowable(() -> Commands.update(url, "staged/invalid/post-add-without-default.xml", "pre-deploy"));

        assertThat(thrown)
                .hasMessageContaining("[NO_STAGED_DEFAULT] staged/invalid/post-add-without-default.xml::post-add-nick"
                        + "::syzygy: postAddColumn on column person.nick has no default to restore on rollback");
        assertThat(Sqlite.query(url, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'DATABASECHANGELOG%'"))
                .as("nothing applied")
                .isEmpty();
        assertThat(
                        Sqlite.tableExists(url, "DATABASECHANGELOG")
                                ? Sqlite.query(url, "SELECT id FROM DATABASECHANGELOG")
                                : java.util.List.of())
                .isEmpty();
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
