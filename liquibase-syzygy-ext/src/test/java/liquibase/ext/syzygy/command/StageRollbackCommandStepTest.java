package liquibase.ext.syzygy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import liquibase.command.CommandScope;
import liquibase.ext.syzygy.support.Sqlite;
import org.junit.jupiter.api.Test;

/**
 * Rollback phases through {@code CommandScope} on SQLite, with {@code fixtures/rollback}: 1 and the tag v1 are
 * release 1; release 2 adds person.nick (pre-deploy) and drops person.old (post-deploy, with a rollback).
 */
class StageRollbackCommandStepTest {

    private static final String CHANGELOG = "fixtures/rollback/changelog.xml";

    private static CommandScope command(String name, String url, String contexts) throws Exception {
        CommandScope scope = new CommandScope(name)
                .addArgumentValue("url", url)
                .addArgumentValue("changelogFile", CHANGELOG)
                .setOutput(new ByteArrayOutputStream());
        return contexts == null ? scope : scope.addArgumentValue("contexts", contexts);
    }

    private static String deployed(String name) throws Exception {
        String url = Sqlite.freshUrl(name);
        command("update", url, "pre-deploy").execute();
        command("update", url, "post-deploy").execute();
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2", "3");
        return url;
    }

    private static boolean hasColumn(String url, String column) throws Exception {
        return Sqlite.query(url, "SELECT name FROM pragma_table_info('person')").stream()
                .anyMatch(row -> column.equalsIgnoreCase(String.valueOf(row.get("NAME"))));
    }

    @Test
    void rollbackCountRollsBackOnePhaseAtATime() throws Exception {
        String url = deployed("rollback-count-phases");
        command("rollbackCount", url, "pre-deploy").addArgumentValue("count", 5).execute();
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2");
        assertThat(hasColumn(url, "old")).isTrue();
        assertThat(hasColumn(url, "nick")).isTrue();

        command("rollbackCount", url, "post-deploy")
                .addArgumentValue("count", 1)
                .execute();
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1");
        assertThat(hasColumn(url, "nick")).isFalse();
    }

    @Test
    void rollbackToTagInBothPhases() throws Exception {
        String url = deployed("rollback-tag-phases");
        command("rollback", url, "pre-deploy").addArgumentValue("tag", "v1").execute();
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2");
        // Liquibase also removes the tagDatabase changeset itself, which is pre-deploy.
        command("rollback", url, "post-deploy").addArgumentValue("tag", "v1").execute();
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1");
        assertThat(hasColumn(url, "old")).isTrue();
    }

    @Test
    void skippingThePreDeployPhaseIsAmbiguousAndRollsBackNothing() throws Exception {
        String url = deployed("rollback-skipped-phase");
        assertThatThrownBy(() -> command("rollback", url, "post-deploy")
                        .addArgumentValue("tag", "v1")
                        .execute())
                .hasMessageContaining("[AMBIGUOUS_PLAN] fixtures/rollback/changelog.xml::2::dev: would be rolled back")
                .hasMessageContaining("fixtures/rollback/changelog.xml::3::dev, post-deploy")
                .hasMessageContaining("--contexts=pre-deploy");
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2", "3");
    }

    @Test
    void withoutAStageNothingIsRolledBack() throws Exception {
        String url = deployed("rollback-no-stage");
        assertThatThrownBy(() -> command("rollbackCount", url, null)
                        .addArgumentValue("count", 1)
                        .execute())
                .hasMessageContaining("[NO_STAGE_SELECTED]")
                .hasMessageContaining("'rollback-count'")
                .hasMessageContaining("roll back the changesets of both stages");
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2", "3");
    }

    @Test
    void theSqlVariantsTakeThePhaseToo() throws Exception {
        String url = deployed("rollback-sql-phase");
        command("rollbackCount", url, "pre-deploy").addArgumentValue("count", 1).execute();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command("rollbackCountSql", url, "post-deploy")
                .addArgumentValue("count", 1)
                .setOutput(out)
                .execute();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Rolling Back ChangeSet: " + CHANGELOG + "::2::dev")
                .doesNotContain("::3::dev");
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2");
        assertThatThrownBy(() -> command("rollbackSql", url, null)
                        .addArgumentValue("tag", "v1")
                        .execute())
                .hasMessageContaining("[NO_STAGE_SELECTED]");
    }

    @Test
    void contextsFromConfigurationAreTranslatedToo() throws Exception {
        String url = deployed("rollback-config-contexts");
        liquibase.Scope.child(
                Map.of("liquibase.command.contexts", "pre-deploy"), () -> command("rollbackCount", url, null)
                        .addArgumentValue("count", 1)
                        .execute());
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2");
    }

    @Test
    void updateTestingRollbackUndoesItsOwnStage() throws Exception {
        // Releases 1 and 2 are deployed; release 3 adds person.email (pre-deploy). The nested rollback must undo that
        // add, not release 2's post-deploy drop, which a rollback phase would pick.
        String url = deployed("rollback-testing");
        command("updateTestingRollback", url, "pre-deploy")
                .addArgumentValue("changelogFile", "fixtures/rollback/release-3.xml")
                .execute();

        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2", "3", "4");
        assertThat(hasColumn(url, "old")).isFalse();
        assertThat(hasColumn(url, "email")).isTrue();
    }

    @Test
    void rollbackToDateAndTheRequiredContextMarker() throws Exception {
        String url = deployed("rollback-to-date");
        java.util.Date anHourAgo = new java.util.Date(System.currentTimeMillis() - 3_600_000L);
        command("rollbackToDate", url, "@pre-deploy")
                .addArgumentValue("date", anHourAgo)
                .execute();
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "v1", "2");
        command("rollbackToDate", url, "@post-deploy")
                .addArgumentValue("date", anHourAgo)
                .execute();
        assertThat(Sqlite.contextsById(url)).isEmpty();
    }

    @Test
    void aPreflightThatCannotRunIsACodedErrorWithARemedy() {
        assertThat(RollbackPreflight.cannotCheck(new IllegalStateException("connection refused"))
                        .format())
                .isEqualTo("[ROLLBACK_CHECK_FAILED] the rollback was not started, because its safety check could not"
                        + " run: connection refused Fix: Correct what it names (the connection, the changelog path, or"
                        + " access to DATABASECHANGELOG) and run the rollback again; nothing was rolled back.");
        assertThat(RollbackPreflight.cannotCheck(new IllegalStateException()).message())
                .endsWith("the changelog or DATABASECHANGELOG could not be read");
    }
}
