package liquibase.ext.syzygy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import liquibase.command.CommandFailedException;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.ext.syzygy.support.Commands;
import liquibase.ext.syzygy.support.Sqlite;
import org.junit.jupiter.api.Test;

class StagePlanCommandStepTest {

    @Test
    void rendersTextAndReturnsThePlanWithoutTouchingTheDatabase() throws Exception {
        String url = Sqlite.freshUrl("stage-plan-text");

        Commands.Run run = stagePlan(url, "fixtures/simple/changelog.xml", "pre-deploy", "text");

        assertThat(run.output())
                .startsWith("Stage plan (mode: pre-deploy)")
                .containsPattern("apply +pre-deploy +inferred +fixtures/simple/changelog.xml::1::alice")
                .containsPattern("skip +post-deploy +inferred +fixtures/simple/changelog.xml::3::alice")
                .contains("Summary: 2 to apply, 1 skipped, 0 error(s), 0 warning(s)");
        StagePlan plan = (StagePlan) run.results().getResult(StagePlanCommandStep.PLAN_RESULT);
        assertThat(plan.mode()).isEqualTo(RunMode.PRE_DEPLOY);
        assertThat(Sqlite.tableExists(url, "DATABASECHANGELOG")).isFalse();
    }

    @Test
    void marksRanChangeSetsFromTheHistory() throws Exception {
        String url = Sqlite.freshUrl("stage-plan-ran");
        Commands.update(url, "fixtures/simple/changelog.xml", "pre-deploy");

        Map<String, Object> arguments = arguments(url, "fixtures/simple/changelog.xml", "post-deploy", "json");
        arguments.put("showRan", true);
        Commands.Run run = Commands.run("stagePlan", arguments, new ByteArrayOutputStream());

        assertThat(run.output())
                .contains("\"mode\": \"post-deploy\"")
                .contains("\"action\": \"ran\"")
                .contains(
                        "\"summary\": {\n    \"errors\": 0,\n    \"warnings\": 0,\n    \"apply\": 1,\n    \"skip\": 0\n");
    }

    @Test
    void errorsFailWithExitCodeTwoAfterThePlanWasWritten() throws Exception {
        String url = Sqlite.freshUrl("stage-plan-errors");
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() ->
                Commands.run("stagePlan", arguments(url, "fixtures/ambiguous/changelog.xml", null, "json"), output));

        assertThat(thrown).hasRootCauseInstanceOf(CommandFailedException.class);
        CommandFailedException failed = (CommandFailedException) rootCause(thrown);
        assertThat(failed.getExitCode())
                .isEqualTo(StagePlanCommandStep.ERROR_EXIT_CODE)
                .isEqualTo(2);
        assertThat(failed.getMessage()).startsWith("stage-plan found 1 error(s): [AMBIGUOUS_STAGE]");
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("\"mode\": \"cycle\"")
                .contains("\"code\": \"AMBIGUOUS_STAGE\"");
    }

    @Test
    void ciFormatsPointAtTheChangeSetsLineAndStillExitWithTwo() throws Exception {
        String url = Sqlite.freshUrl("stage-plan-ci");
        for (String format : new String[] {"sarif", "github", "junit", "json"}) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Map<String, Object> arguments = arguments(url, "fixtures/ambiguous/changelog.xml", null, format);
            arguments.put("sourcePrefix", "src/test/resources/");
            Throwable thrown = catchThrowable(() -> Commands.run("stagePlan", arguments, output));

            assertThat(rootCause(thrown)).as(format).isInstanceOf(CommandFailedException.class);
            String out = output.toString(StandardCharsets.UTF_8);
            switch (format) {
                case "sarif" -> assertThat(out)
                        .contains("\"uri\": \"src/test/resources/fixtures/ambiguous/changelog.xml\"")
                        .contains("\"startLine\": 12");
                case "github" -> assertThat(out)
                        .startsWith("::error file=src/test/resources/fixtures/ambiguous/changelog.xml,line=12,"
                                + "title=AMBIGUOUS_STAGE::fixtures/ambiguous/changelog.xml::2::alice (stage: none): ");
                case "junit" -> assertThat(out)
                        .contains("name=\"fixtures/ambiguous/changelog.xml::1::alice\" file=\"src/test/resources/"
                                + "fixtures/ambiguous/changelog.xml\" line=\"6\">")
                        .contains("line=\"12\">\n      <failure type=\"AMBIGUOUS_STAGE\"");
                default -> assertThat(out)
                        .contains("\"sourceFile\": \"fixtures/ambiguous/changelog.xml\",\n      \"line\": 12,")
                        .contains("\"file\": \"fixtures/ambiguous/changelog.xml\",\n      \"line\": 12,");
            }
        }
        assertThat(Sqlite.tableExists(url, "DATABASECHANGELOG")).isFalse();
    }

    @Test
    void anInvalidStageSettingFailsBeforeConnecting() {
        Throwable thrown = catchThrowable(() -> liquibase.Scope.child(
                Map.of("liquibase.syzygy.thirdPartyFallback", "sometimes"),
                () -> stagePlan("jdbc:nowhere:x", "fixtures/simple/changelog.xml", null, "text")));

        assertThat(thrown)
                .hasMessageContaining(
                        "[INVALID_SETTING] liquibase.syzygy.thirdPartyFallback: invalid value" + " 'sometimes'");
    }

    @Test
    void rejectsAnUnknownFormat() throws Exception {
        String url = Sqlite.freshUrl("stage-plan-format");

        Throwable thrown = catchThrowable(() -> stagePlan(url, "fixtures/simple/changelog.xml", "pre-deploy", "yaml"));

        assertThat(thrown)
                .hasMessage("[INVALID_ARGUMENT] '--format=yaml' is not an output format of stage-plan. Fix: Use"
                        + " --format= with one of text, json, sarif, github or junit (text when left out).");
    }

    private static Commands.Run stagePlan(String url, String changelog, String contexts, String format)
            throws Exception {
        return Commands.run("stagePlan", arguments(url, changelog, contexts, format), new ByteArrayOutputStream());
    }

    private static Map<String, Object> arguments(String url, String changelog, String contexts, String format) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("url", url);
        arguments.put("changelogFile", changelog);
        arguments.put("contexts", contexts);
        arguments.put("format", format);
        return arguments;
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
