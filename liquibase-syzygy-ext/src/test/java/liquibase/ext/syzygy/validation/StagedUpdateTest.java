package liquibase.ext.syzygy.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import liquibase.Scope;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.support.Commands;
import liquibase.ext.syzygy.support.Sqlite;
import org.junit.jupiter.api.Test;

/** Stage runs through the Java API ({@code CommandScope}), on SQLite, with the extension on the classpath. */
class StagedUpdateTest {

    @Test
    void preDeployAppliesOnlyPreDeployChangeSetsAndRecordsTheStage() throws Exception {
        String url = Sqlite.freshUrl("pre-deploy-only");

        // The include's context="app" must be selected too: stages restrict user contexts, never widen them.
        Commands.update(url, "fixtures/xml/changelog.xml", "pre-deploy,app");

        assertThat(Sqlite.contextsById(url))
                .containsExactly(
                        Map.entry("1", "pre-deploy"),
                        Map.entry("2", "((!nightly) and pre-deploy)"),
                        Map.entry("10", "app AND pre-deploy"));
        assertThat(Sqlite.tableExists(url, "address")).isTrue();
    }

    @Test
    void aPostDeployChangeSetOutsideTheRunsContextsDoesNotBlockTheOnesAfterIt() throws Exception {
        String url = Sqlite.freshUrl("filtered");

        Commands.update(url, "fixtures/filtered/changelog.xml", "pre-deploy");

        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "3");
        String testUrl = Sqlite.freshUrl("filtered-test");
        assertThatThrownBy(() -> Commands.update(testUrl, "fixtures/filtered/changelog.xml", "test,pre-deploy"))
                .hasMessageContaining("[AMBIGUOUS_PLAN] fixtures/filtered/changelog.xml::3::alice");
        assertThat(Sqlite.contextsById(testUrl)).isEmpty();
    }

    @Test
    void postDeployAfterPreDeployAppliesTheRest() throws Exception {
        String url = Sqlite.freshUrl("pre-then-post");

        Commands.update(url, "fixtures/simple/changelog.xml", "pre-deploy");
        assertThat(Sqlite.tableExists(url, "legacy")).isTrue();
        Commands.update(url, "fixtures/simple/changelog.xml", "post-deploy");

        assertThat(Sqlite.contextsById(url)).containsKeys("1", "2", "3");
        assertThat(Sqlite.contextsById(url).get("3")).isEqualTo("post-deploy");
        assertThat(Sqlite.tableExists(url, "legacy")).isFalse();
    }

    @Test
    void postDeployBeforePreDeployFailsWithoutApplyingAnything() throws Exception {
        String url = Sqlite.freshUrl("post-before-pre");

        assertThatThrownBy(() -> Commands.update(url, "fixtures/simple/changelog.xml", "post-deploy"))
                .hasMessageContaining("PRE_DEPLOY_PENDING");
        assertThat(Sqlite.contextsById(url)).isEmpty();
        assertThat(Sqlite.tableExists(url, "person")).isFalse();
    }

    @Test
    void ambiguousChangeSetFailsValidationAndNothingIsApplied() throws Exception {
        String url = Sqlite.freshUrl("ambiguous");

        assertThatThrownBy(() -> Commands.update(url, "fixtures/ambiguous/changelog.xml", "pre-deploy"))
                .hasMessageContaining("AMBIGUOUS_STAGE")
                .hasMessageContaining("fixtures/ambiguous/changelog.xml::2::alice");
        assertThat(Sqlite.contextsById(url)).isEmpty();
        assertThat(Sqlite.tableExists(url, "person")).isFalse();
    }

    @Test
    void updateWithoutAStageIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        String url = Sqlite.freshUrl("no-stage");

        assertThatThrownBy(() -> Commands.update(url, "fixtures/simple/changelog.xml", null))
                .hasMessageContaining("NO_STAGE_SELECTED")
                .hasMessageContaining(SyzygyConfiguration.REQUIRE_STAGE.getKey());
        assertThat(Sqlite.tableExists(url, "DATABASECHANGELOG")).isFalse();
    }

    @Test
    void aContextThatSelectsNoStageIsRefusedToo() throws Exception {
        String url = Sqlite.freshUrl("misspelt-stage");

        assertThatThrownBy(() -> Commands.update(url, "fixtures/simple/changelog.xml", "pre_deploy"))
                .hasMessageContaining("NO_STAGE_SELECTED");
    }

    @Test
    void requireStageFalseTurnsTheGuardOff() throws Exception {
        String url = Sqlite.freshUrl("guard-off");

        Scope.child(
                Map.of(SyzygyConfiguration.REQUIRE_STAGE.getKey(), false),
                () -> Commands.update(url, "fixtures/simple/changelog.xml", null));

        assertThat(Sqlite.contextsById(url)).containsKeys("1", "2", "3");
    }
}
