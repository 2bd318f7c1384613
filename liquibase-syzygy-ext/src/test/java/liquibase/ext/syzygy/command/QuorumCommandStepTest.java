package liquibase.ext.syzygy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.CommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.ext.syzygy.support.Sqlite;
import org.junit.jupiter.api.Test;

class QuorumCommandStepTest {

    private static final String CHANGELOG = "fixtures/simple/changelog.xml";

    @Test
    void joinsUpdateBeforeTheUpdateStepAndNothingElse() throws Exception {
        List<CommandStep> update = new CommandScope("update").getCommand().getPipeline();
        int quorum = indexOf(update, QuorumCommandStep.class);
        assertThat(quorum).isNotNegative().isLessThan(indexOf(update, UpdateCommandStep.class));
        for (String other : new String[] {"status", "updateSql", "validate", "updateCount"}) {
            assertThat(indexOf(new CommandScope(other).getCommand().getPipeline(), QuorumCommandStep.class))
                    .as(other)
                    .isNegative();
        }
    }

    @Test
    void aLoneDeployerTimesOutNamingItselfAndAppliesNothing() throws Exception {
        String url = Sqlite.freshUrl("quorum-alone");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertThatThrownBy(() -> withQuorum("2", "1s", () -> update(url, "update", output)))
                .hasMessageContaining("[QUORUM_TIMEOUT]")
                .hasMessageContaining("only 1 joined: ")
                .hasMessageContaining("liquibase.syzygy.quorumTimeout");
        assertThat(Sqlite.contextsById(url)).isEmpty();
        assertThat(Sqlite.tableExists(url, "SYZYGY_QUORUM")).isTrue();
    }

    @Test
    void aQuorumOfOneIsOff() throws Exception {
        String url = Sqlite.freshUrl("quorum-one");
        withQuorum("1", "1s", () -> update(url, "update", new ByteArrayOutputStream()));
        assertThat(Sqlite.contextsById(url)).containsOnlyKeys("1", "2");
        assertThat(Sqlite.tableExists(url, "SYZYGY_QUORUM")).isFalse();
    }

    @Test
    void partialUpdatesAndBadTimeoutsAreRefusedBeforeConnecting() throws Exception {
        for (String command : new String[] {"updateCount", "updateToTag", "updateTestingRollback"}) {
            String url = Sqlite.freshUrl("quorum-" + command);
            assertThatThrownBy(() -> withQuorum("3", "30m", () -> update(url, command, new ByteArrayOutputStream())))
                    .as(command)
                    .hasMessageContaining("[INVALID_SETTING]")
                    .hasMessageContaining("liquibase.syzygy.quorum applies to update only");
            assertThat(Sqlite.tableExists(url, "DATABASECHANGELOG")).as(command).isFalse();
        }
        String url = Sqlite.freshUrl("quorum-bad-timeout");
        assertThatThrownBy(() -> withQuorum("3", "soon", () -> update(url, "update", new ByteArrayOutputStream())))
                .hasMessageContaining("[INVALID_SETTING]")
                .hasMessageContaining("liquibase.syzygy.quorumTimeout=soon");
        assertThat(Sqlite.tableExists(url, "DATABASECHANGELOG")).isFalse();
    }

    private static void update(String url, String command, ByteArrayOutputStream output) throws Exception {
        new CommandScope(command)
                .addArgumentValue("url", url)
                .addArgumentValue("changelogFile", CHANGELOG)
                .addArgumentValue("contexts", "pre-deploy")
                .addArgumentValue("count", 1)
                .addArgumentValue("tag", "t")
                .setOutput(output)
                .execute();
    }

    private static void withQuorum(String quorum, String timeout, Scope.ScopedRunner<?> runner) throws Exception {
        Scope.child(Map.of("liquibase.syzygy.quorum", quorum, "liquibase.syzygy.quorumTimeout", timeout), runner);
    }

    private static int indexOf(List<CommandStep> pipeline, Class<?> type) {
        for (int i = 0; i < pipeline.size(); i++) {
            if (type.isInstance(pipeline.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
