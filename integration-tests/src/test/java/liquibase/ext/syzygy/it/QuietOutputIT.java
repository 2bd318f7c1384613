package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.BothStagesIT.occurrences;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quiet, exact output (issue #11, section 4), through the real CLI on PostgreSQL and SQLite: history findings are
 * one line per run with the fallback that silences them; read-only commands do not fail on findings; a bad
 * {@code --format} is a coded error; CI formats leave history out unless {@code --show-ran}.
 */
class QuietOutputIT {

    private static final int HISTORY = 12;
    private static final String FALLBACK =
            "liquibase.syzygy.stageFallbacks=syzygy-samples/generated/history/releases/**=pre-deploy";

    /** The text of a history finding, as every CI format quotes it. */
    private static final String HISTORY_FINDING = "cannot decide the deployment stage";

    private final Cli cli = Cli.withExtension();

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    /** Two release files of six mixed-stage changesets each, as plain Liquibase users write them. */
    private static String historyChangelog() {
        StringBuilder root = new StringBuilder();
        for (int release = 1; release <= 2; release++) {
            StringBuilder body = new StringBuilder();
            for (int i = 1; i <= HISTORY / 2; i++) {
                String id = "r" + release + "-" + i;
                body.append(GeneratedChangelogs.createTable(id + "-old", "old_" + release + "_" + i, null))
                        .append(
                                """
                                  <changeSet id="%s" author="it">
                                    <createTable tableName="new_%d_%d"><column name="id" type="int"/></createTable>
                                    <dropTable tableName="old_%d_%d"/>
                                  </changeSet>
                                """
                                        .formatted(id, release, i, release, i));
            }
            String file = GeneratedChangelogs.write("history/releases/r" + release + ".xml", body.toString());
            root.append("  <include file=\"").append(file).append("\"/>\n");
        }
        return GeneratedChangelogs.write("history/root.xml", root.toString());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void historyFindingsAreOneLinePerRunWithTheFallbackThatSilencesThem(DbKind kind) throws Exception {
        String changelog = historyChangelog();
        try (TestDatabase db = Databases.create(kind, "quiet-history")) {
            Outcome plain = Cli.withoutExtension().update(db, changelog, null);
            assertThat(plain.succeeded()).as("plain Liquibase: %s", plain).isTrue();

            Outcome pre = cli.command("update")
                    .db(db)
                    .changelog(changelog)
                    .contexts("pre-deploy")
                    .arg("--log-level=warning")
                    .run();

            assertThat(pre.exitCode()).as("%s", pre).isZero();
            assertThat(occurrences(pre.output(), "[HISTORY_UNSTAGED]"))
                    .as("%s", pre)
                    .isEqualTo(1);
            assertThat(pre.output())
                    .contains("[HISTORY_UNSTAGED] " + HISTORY + " changesets that already ran do not pass today's"
                            + " stage checks (AMBIGUOUS_STAGE " + HISTORY + ")")
                    .contains("'" + FALLBACK + "'")
                    .doesNotContain("[AMBIGUOUS_STAGE]");

            Outcome silenced = cli.command("update")
                    .db(db)
                    .changelog(changelog)
                    .contexts("pre-deploy")
                    .arg("--log-level=warning")
                    .setting("liquibase.syzygy.stageFallbacks", FALLBACK.substring(FALLBACK.indexOf('=') + 1))
                    .run();
            assertThat(silenced.exitCode()).as("%s", silenced).isZero();
            assertThat(silenced.output()).as("the pasted fallback silences it").doesNotContain("HISTORY_UNSTAGED");

            assertCiFormatsLeaveHistoryOut(db, changelog);
        }
    }

    private void assertCiFormatsLeaveHistoryOut(TestDatabase db, String changelog) throws Exception {
        for (String format : new String[] {"sarif", "github", "junit"}) {
            Path file = ItSettings.workDir().resolve("quiet-" + format + "-" + System.nanoTime());
            Outcome plan = cli.command("stage-plan")
                    .global("--output-file=" + file)
                    .db(db)
                    .changelog(changelog)
                    .contexts("pre-deploy")
                    .arg("--format=" + format)
                    .run();
            assertThat(plan.exitCode()).as("%s: %s", format, plan).isZero();
            assertThat(Files.readString(file)).as(format).doesNotContain(HISTORY_FINDING);

            Path shown = ItSettings.workDir().resolve("quiet-" + format + "-ran-" + System.nanoTime());
            Outcome withRan = cli.command("stage-plan")
                    .global("--output-file=" + shown)
                    .db(db)
                    .changelog(changelog)
                    .contexts("pre-deploy")
                    .arg("--format=" + format)
                    .arg("--show-ran")
                    .run();
            assertThat(withRan.exitCode()).as("%s: %s", format, withRan).isZero();
            assertThat(Files.readString(shown)).as(format + " --show-ran").contains(HISTORY_FINDING);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void statusWorksOnAnAmbiguousPendingChangeSetAndValidateFails(DbKind kind) throws Exception {
        String changelog = Samples.scenario("ambiguous-stage");
        try (TestDatabase db = Databases.create(kind, "quiet-status")) {
            Outcome status = cli.command("status").db(db).changelog(changelog).run();
            // On 5.0 too, where analytics are off in these tests and the scope names no command.
            assertThat(status.exitCode()).as("%s", status).isZero();
            assertThat(status.output()).contains("2 changesets have not been applied");
            assertThat(status.output()).doesNotContain("syzygy-read-only");

            Outcome validate =
                    cli.command("validate").db(db).changelog(changelog).run();
            Refusals.assertRefused(validate, "AMBIGUOUS_STAGE", changelog + "::replace-wishlist::shop");
            assertThat(validate.exitCode()).isEqualTo(1);
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void aBadFormatIsACodedErrorWithTheValidValues(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "quiet-format")) {
            Outcome outcome = cli.command("stage-plan")
                    .db(db)
                    .changelog(Samples.SHOP)
                    .arg("--format=yaml")
                    .run();
            assertThat(outcome.exitCode()).as("%s", outcome).isEqualTo(1);
            assertThat(outcome.output())
                    .contains("[INVALID_ARGUMENT] '--format=yaml' is not an output format of stage-plan. Fix: Use"
                            + " --format= with one of text, json, sarif, github or junit")
                    .doesNotContain("liquibase.ext.syzygy")
                    .doesNotContain("\tat ");
            assertThat(occurrences(outcome.output(), "[INVALID_ARGUMENT]")).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void aRollbackWhosePreflightCannotRunIsACodedErrorWithARemedy() throws Exception {
        try (TestDatabase db = Databases.sqlite("quiet-rollback-preflight")) {
            Outcome outcome = cli.command("rollback-count")
                    .db(db)
                    .changelog("syzygy-samples/generated/no-such-changelog.xml")
                    .contexts("pre-deploy")
                    .arg("--count=1")
                    .run();
            assertThat(outcome.exitCode()).as("%s", outcome).isEqualTo(1);
            assertThat(outcome.output())
                    .contains("[ROLLBACK_CHECK_FAILED] the rollback was not started, because its safety check could"
                            + " not run: The file syzygy-samples/generated/no-such-changelog.xml was not found")
                    .contains("Fix: Correct what it names")
                    .doesNotContain("liquibase.ext.syzygy")
                    .doesNotContain("\tat ");
        }
    }
}
