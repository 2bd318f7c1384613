package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extension on changelogs in the shapes real projects have (see {@link RealChangelogs}), through the CLI (and
 * the Maven plugin): a
 * fresh install in one command, adoption on a database that plain Liquibase migrated (nothing re-applied,
 * checksums unchanged, the history summed up in one line), and the next release staged correctly.
 */
class RealChangelogsIT {

    private final Cli cli = Cli.withExtension();

    static Stream<Arguments> projects() {
        return Stream.of(RealChangelogs.values())
                .flatMap(project -> project.databases().stream().map(db -> Arguments.of(project, db)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("projects")
    void aFreshInstallIsOneCommand(RealChangelogs project, DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "fresh-" + project)) {
            Outcome install = cli.update(db, project.next(), "pre-deploy,post-deploy");
            assertThat(install.succeeded()).as("%s", install).isTrue();
            Outcome again = cli.update(db, project.next(), "pre-deploy,post-deploy");
            assertThat(again.succeeded()).as("%s", again).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ExpectedReal.all(project, kind));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("projects")
    void adoptionAppliesNothingAndSumsUpTheHistoryInOneLine(RealChangelogs project, DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "adopt-" + project)) {
            Outcome plain = Cli.withoutExtension().update(db, project.history(), null);
            assertThat(plain.succeeded()).as("plain Liquibase: %s", plain).isTrue();
            Map<String, String> checksums = checksums(db);

            Outcome pre = updateLoggingWarnings(db, project.history(), "pre-deploy");
            assertThat(pre.succeeded()).as("%s", pre).isTrue();
            Outcome post = updateLoggingWarnings(db, project.history(), "post-deploy");
            assertThat(post.succeeded()).as("%s", post).isTrue();
            assertThat(checksums(db)).isEqualTo(checksums);
            for (Outcome run : List.of(pre, post)) {
                assertThat(run.output()).as("%s", run).doesNotContain("[AMBIGUOUS_STAGE]", "[AMBIGUOUS_PLAN]");
                // The XML history holds renames, type changes and mixed changesets that ran years ago, the SQL
                // service functions, triggers, a DO block and a mixed changeset; the generated app none of these.
                assertThat(historyLines(run))
                        .as("history summary in %s", run)
                        .hasSize(project == RealChangelogs.CRUD_APP ? 0 : 1);
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("projects")
    void theNextReleaseIsStagedCorrectly(RealChangelogs project, DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "next-" + project)) {
            Outcome plain = Cli.withoutExtension().update(db, project.history(), null);
            assertThat(plain.succeeded()).as("plain Liquibase: %s", plain).isTrue();
            List<String> history = db.appliedIds();

            Outcome gate =
                    cli.command("stage-plan").db(db).changelog(project.next()).run();
            assertThat(gate.exitCode()).as("the CI gate: %s", gate).isZero();

            Outcome pre = cli.update(db, project.next(), "pre-deploy");
            assertThat(pre.succeeded()).as("%s", pre).isTrue();
            assertThat(newSince(db, history)).containsExactlyElementsOf(ExpectedReal.nextPre(project));

            Outcome post = cli.update(db, project.next(), "post-deploy");
            assertThat(post.succeeded()).as("%s", post).isTrue();
            List<String> nextIds = Stream.concat(
                            ExpectedReal.nextPre(project).stream(), ExpectedReal.nextPost(project).stream())
                    .toList();
            assertThat(newSince(db, history)).containsExactlyElementsOf(nextIds);
            ExpectedReal.checkSchema(project, db);
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("projects")
    void theMavenPluginAdoptsTheHistoryAndStagesTheNextRelease(RealChangelogs project, DbKind kind) throws Exception {
        MavenPlugin.checkInstalledExtensionIsFresh();
        MavenPlugin maven = new MavenPlugin();
        try (TestDatabase db = Databases.create(kind, "maven-" + project)) {
            Outcome plain = Cli.withoutExtension().update(db, project.history(), null);
            assertThat(plain.succeeded()).as("plain Liquibase: %s", plain).isTrue();
            List<String> history = db.appliedIds();
            Map<String, String> checksums = checksums(db);

            Outcome pre = maven.update(db, project.next(), "pre-deploy", Map.of());
            assertThat(pre.succeeded()).as("%s", pre).isTrue();
            assertThat(pre.output()).doesNotContain("[AMBIGUOUS_STAGE]", "[AMBIGUOUS_PLAN]");
            assertThat(newSince(db, history)).containsExactlyElementsOf(ExpectedReal.nextPre(project));

            Outcome post = maven.update(db, project.next(), "post-deploy", Map.of());
            assertThat(post.succeeded()).as("%s", post).isTrue();
            assertThat(newSince(db, history))
                    .containsExactlyElementsOf(Stream.concat(
                                    ExpectedReal.nextPre(project).stream(), ExpectedReal.nextPost(project).stream())
                            .toList());
            assertThat(checksums(db)).containsAllEntriesOf(checksums);
            ExpectedReal.checkSchema(project, db);
        }
    }

    /** An update whose log shows warnings, where the history summary goes. */
    private Outcome updateLoggingWarnings(TestDatabase db, String changelog, String contexts) {
        return cli.command("update")
                .db(db)
                .changelog(changelog)
                .contexts(contexts)
                .arg("--log-level=warning")
                .run();
    }

    private static List<String> newSince(TestDatabase db, List<String> before) {
        return db.appliedIds().stream().filter(id -> !before.contains(id)).toList();
    }

    private static Map<String, String> checksums(TestDatabase db) {
        return db.changeLog().stream()
                .collect(Collectors.toMap(ChangeLogRow::fullId, row -> String.valueOf(row.md5sum())));
    }

    /** The lines of a run's output that sum up the findings about changesets that already ran. */
    private static List<String> historyLines(Outcome run) {
        return run.output()
                .lines()
                .filter(line -> line.contains("[HISTORY_UNSTAGED]"))
                .toList();
    }
}
