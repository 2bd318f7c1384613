package liquibase.ext.syzygy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import liquibase.command.CommandScope;
import liquibase.ext.syzygy.support.Sqlite;
import org.junit.jupiter.api.Test;

class StageGuardCommandStepTest {

    @Test
    void guardsTheUpdateFamily() throws Exception {
        for (String command : new String[] {
            "updateSql", "updateCount", "updateCountSql", "updateToTag", "updateToTagSql", "updateTestingRollback"
        }) {
            String url = Sqlite.freshUrl("guard-" + command);
            CommandScope scope = new CommandScope(command)
                    .addArgumentValue("url", url)
                    .addArgumentValue("changelogFile", "fixtures/simple/changelog.xml")
                    .addArgumentValue("count", 1)
                    .addArgumentValue("tag", "t")
                    .setOutput(new ByteArrayOutputStream());
            assertThatThrownBy(scope::execute).as(command).hasMessageContaining("NO_STAGE_SELECTED");
            assertThat(Sqlite.tableExists(url, "DATABASECHANGELOG")).as(command).isFalse();
        }
    }

    @Test
    void updateTestingRollbackWithAStageRunsItsNestedUpdates() throws Exception {
        String url = Sqlite.freshUrl("guard-testing-rollback");
        new CommandScope("updateTestingRollback")
                .addArgumentValue("url", url)
                .addArgumentValue("changelogFile", "fixtures/simple/changelog.xml")
                .addArgumentValue("contexts", "pre-deploy")
                .setOutput(new ByteArrayOutputStream())
                .execute();
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "2");
    }

    @Test
    void otherCommandsAreNotGuarded() throws Exception {
        String url = Sqlite.freshUrl("guard-status");
        new CommandScope("status")
                .addArgumentValue("url", url)
                .addArgumentValue("changelogFile", "fixtures/simple/changelog.xml")
                .setOutput(new ByteArrayOutputStream())
                .execute();
    }

    @Test
    void contextsFromTheCommandConfigurationCount() throws Exception {
        String url = Sqlite.freshUrl("guard-config");
        liquibase.Scope.child(Map.of("liquibase.command.contexts", "pre-deploy"), () -> new CommandScope("update")
                .addArgumentValue("url", url)
                .addArgumentValue("changelogFile", "fixtures/simple/changelog.xml")
                .setOutput(new ByteArrayOutputStream())
                .execute());
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "2");
    }
}
