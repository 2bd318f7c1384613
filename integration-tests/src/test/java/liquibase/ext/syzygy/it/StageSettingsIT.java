package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code liquibase.syzygy.stageOverrides} and {@code stageFallbacks} from every configuration source change the
 * stage recorded in DATABASECHANGELOG.CONTEXTS; an invalid entry stops the run before anything is applied.
 *
 * <p>The scenario {@code ambiguous-stage} has {@code replace-wishlist::shop}, which mixes stages: refused without a
 * setting, post-deploy with one.
 */
class StageSettingsIT {

    private static final String CHANGELOG = Samples.scenario("ambiguous-stage");
    private static final String OVERRIDES = "liquibase.syzygy.stageOverrides";
    private static final String ENTRY = "**/ambiguous-stage/*.xml::replace-wishlist::*=post-deploy";
    private static final Cli CLI = Cli.withExtension();

    @BeforeAll
    static void installedExtensionIsTheOneJustBuilt() {
        MavenPlugin.checkInstalledExtensionIsFresh();
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                source("CLI environment variable", (db, key) -> CLI.command("update")
                        .db(db)
                        .changelog(CHANGELOG)
                        .contexts("pre-deploy,post-deploy")
                        .setting(key, ENTRY)
                        .run()),
                source("CLI system property", (db, key) -> CLI.command("update")
                        .db(db)
                        .changelog(CHANGELOG)
                        .contexts("pre-deploy,post-deploy")
                        .jvm("-D" + key + "=" + ENTRY)
                        .run()),
                source("CLI global option", (db, key) -> CLI.command("update")
                        .db(db)
                        .changelog(CHANGELOG)
                        .contexts("pre-deploy,post-deploy")
                        .global("--syzygy-stage-overrides=" + ENTRY)
                        .run()),
                source("liquibase.properties", (db, key) -> CLI.command("update")
                        .db(db)
                        .changelog(CHANGELOG)
                        .contexts("pre-deploy,post-deploy")
                        .global("--defaults-file=" + propertiesFile(key + ": " + ENTRY))
                        .run()),
                source("Maven <systemProperties>", (db, key) -> new MavenPlugin()
                        .updateWithPomSystemProperties(db, CHANGELOG, "pre-deploy,post-deploy", Map.of(key, ENTRY))),
                source(
                        "Java API scope",
                        (db, key) -> JavaApi.COMMAND_SCOPE.update(
                                db, CHANGELOG, "pre-deploy,post-deploy", Map.of(key, ENTRY))));
    }

    private static Arguments source(String name, BiFunction<TestDatabase, String, Outcome> run) {
        return Arguments.of(name, run);
    }

    private static Path propertiesFile(String line) {
        try {
            Path file = Files.createTempFile(ItSettings.workDir(), "liquibase", ".properties");
            Files.writeString(file, line + "\n");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> contextsById(TestDatabase db) {
        return db.changeLog().stream().collect(Collectors.toMap(ChangeLogRow::id, ChangeLogRow::contexts));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void anOverrideChangesTheRecordedStage(String source, BiFunction<TestDatabase, String, Outcome> run)
            throws Exception {
        try (TestDatabase db = Databases.sqlite("override-" + source)) {
            Outcome outcome = run.apply(db, OVERRIDES);

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(contextsById(db)).isEqualTo(Map.of("carts", "pre-deploy", "replace-wishlist", "post-deploy"));
        }
    }

    @Test
    void aFallbackSettlesTheAmbiguousChangeSetOnPostgres() throws Exception {
        try (TestDatabase db = Databases.postgres("fallback")) {
            Outcome plan = CLI.command("stage-plan")
                    .db(db)
                    .changelog(CHANGELOG)
                    .setting("liquibase.syzygy.stageFallbacks", ENTRY)
                    .run();
            assertThat(plan.exitCode()).as("%s", plan).isZero();
            assertThat(plan.output())
                    .containsPattern("apply +post-deploy +fallback +" + CHANGELOG + "::replace-wishlist::shop +it mixes"
                            + " pre-deploy and post-deploy changes; the liquibase.syzygy.stageFallbacks entry '"
                            + ENTRY.replace("*", "\\*") + "' settles it");

            Outcome pre = CLI.update(db, CHANGELOG, "pre-deploy", Map.of("liquibase.syzygy.stageFallbacks", ENTRY));
            assertThat(pre.exitCode()).as("%s", pre).isZero();
            assertThat(contextsById(db)).isEqualTo(Map.of("carts", "pre-deploy"));
        }
    }

    @Test
    void anInvalidEntryFailsClearlyWithNothingApplied() throws Exception {
        try (TestDatabase db = Databases.postgres("invalid-entry")) {
            for (String command : new String[] {"update", "stage-plan"}) {
                Outcome outcome = CLI.command(command)
                        .db(db)
                        .changelog(CHANGELOG)
                        .contexts("pre-deploy")
                        .setting(OVERRIDES, "**/ambiguous-stage/*.xml=pre_deploy")
                        .run();
                assertThat(outcome.exitCode()).as("%s", outcome).isEqualTo(1);
                assertThat(outcome.output())
                        .as(command)
                        .contains("[INVALID_SETTING] liquibase.syzygy.stageOverrides: invalid entry"
                                + " '**/ambiguous-stage/*.xml=pre_deploy': 'pre_deploy' is not a stage")
                        .contains("Fix: write PATTERN=STAGE entries");
            }
            Outcome maven = new MavenPlugin()
                    .updateWithPomSystemProperties(
                            db,
                            CHANGELOG,
                            "pre-deploy",
                            Map.of("liquibase.syzygy.stageFallbacks", "::1::a=pre-deploy"));
            assertThat(maven.output())
                    .contains("BUILD FAILURE")
                    .contains("[INVALID_SETTING] liquibase.syzygy.stageFallbacks: invalid entry '::1::a=pre-deploy'");
            assertThat(db.changeLog()).isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }
}
