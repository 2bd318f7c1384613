package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changelogs the user does not own: a library's changelog included from a jar on the CLI classpath gets
 * {@code liquibase.syzygy.thirdPartyFallback}; with the fallback off, the error names the exact
 * {@code stageOverrides} entry, and that entry fixes the run.
 */
class ThirdPartyStagesIT {

    private final Cli cli = Cli.withExtension();

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    private Cli.Invocation inApp(String command, TestDatabase db, Path jar) {
        return cli.command(command)
                .db(db)
                .changelog("app.xml")
                .classpath(jar)
                .defaultSearchPathIn(LibraryJar.appDirectory());
    }

    private static Map<String, String> contextsById(TestDatabase db) {
        return db.changeLog().stream().collect(Collectors.toMap(ChangeLogRow::id, ChangeLogRow::contexts));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void aJarredChangelogGetsTheThirdPartyFallback(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "third-party-fallback")) {
            Path jar = LibraryJar.inventory();

            Outcome plan = inApp("stage-plan", db, jar).run();
            assertThat(plan.exitCode()).as("%s", plan).isZero();
            assertThat(plan.output())
                    .containsPattern("apply +pre-deploy +fallback +" + LibraryJar.CHANGELOG + "::2::lib +the stage of"
                            + " sql cannot be inferred; its changelog comes from a jar, and"
                            + " liquibase.syzygy.thirdPartyFallback is pre-deploy");

            Outcome pre = inApp("update", db, jar).contexts("pre-deploy").run();
            assertThat(pre.exitCode()).as("%s", pre).isZero();
            assertThat(contextsById(db))
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("app-1", "pre-deploy", "1", "pre-deploy", "2", "pre-deploy"));
            assertThat(db.changeLog())
                    .filteredOn(row -> row.id().equals("2"))
                    .extracting(ChangeLogRow::filename)
                    .containsExactly(LibraryJar.CHANGELOG);
            assertThat(db.tableExists("lib_audit")).isTrue();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void withoutTheFallbackTheErrorNamesTheOverrideThatFixesIt(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "third-party-hint")) {
            Path jar = LibraryJar.inventory();
            String entry = LibraryJar.CHANGELOG + "::2::lib=pre-deploy";

            Outcome refused = inApp("update", db, jar)
                    .contexts("pre-deploy")
                    .setting("liquibase.syzygy.thirdPartyFallback", "none")
                    .run();
            assertThat(refused.exitCode()).as("%s", refused).isNotZero();
            assertThat(refused.output())
                    .contains("[AMBIGUOUS_STAGE] " + LibraryJar.CHANGELOG + "::2::lib")
                    .contains("set liquibase.syzygy.stageOverrides=" + entry + " (or =post-deploy");
            assertThat(db.appliedIds()).isEmpty();
            assertThat(db.userTables()).isEmpty();

            Outcome fixed = inApp("update", db, jar)
                    .contexts("pre-deploy")
                    .setting("liquibase.syzygy.thirdPartyFallback", "none")
                    .setting("liquibase.syzygy.stageOverrides", entry)
                    .run();
            assertThat(fixed.exitCode()).as("%s", fixed).isZero();
            assertThat(contextsById(db)).containsEntry("2", "pre-deploy");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void aMisspeltStageInALibraryNamesTheOverrideAndTheOverrideStagesIt(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "third-party-misspelt")) {
            Path jar = LibraryJar.misspelt();
            String entry = LibraryJar.CHANGELOG + "::1::lib=pre-deploy";

            Outcome refused = inApp("update", db, jar).contexts("pre-deploy").run();
            assertThat(refused.exitCode()).as("%s", refused).isNotZero();
            assertThat(refused.output())
                    .contains("[UNKNOWN_STAGE] " + LibraryJar.CHANGELOG + "::1::lib")
                    .contains("Its changelog comes from a jar, so it cannot be edited: set"
                            + " 'liquibase.syzygy.stageOverrides=" + entry + "'")
                    .doesNotContain("Write 'pre-deploy'");
            assertThat(db.appliedIds()).isEmpty();

            Outcome fixed = inApp("update", db, jar)
                    .contexts("pre-deploy")
                    .setting("liquibase.syzygy.stageOverrides", entry)
                    .run();
            assertThat(fixed.exitCode()).as("%s", fixed).isZero();
            assertThat(contextsById(db)).containsEntry("1", "pre-deploy");
            assertThat(db.tableExists("lib_items")).isTrue();
        }
    }
}
