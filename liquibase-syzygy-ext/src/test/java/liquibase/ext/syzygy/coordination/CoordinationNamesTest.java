package liquibase.ext.syzygy.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import liquibase.Contexts;
import org.junit.jupiter.api.Test;

class CoordinationNamesTest {

    @Test
    void theLeaderLockFileLiesBesideTheSqliteDatabase() {
        Path file = QuorumSession.lockFile("jdbc:sqlite:/var/db/app.db?journal_mode=WAL", "pre-deploy:abc");
        assertThat(file.getParent()).isEqualTo(Path.of("/var/db"));
        assertThat(file.getFileName().toString())
                .startsWith("app.db-syzygy-quorum-")
                .endsWith(".lock");
        assertThat(QuorumSession.lockFile("jdbc:sqlite:file:/var/db/app.db", "pre-deploy:abc"))
                .isEqualTo(file);
        assertThat(QuorumSession.lockFile("jdbc:sqlite:/var/db/app.db", "post-deploy:abc"))
                .isNotEqualTo(file);
        assertThatThrownBy(() -> QuorumSession.lockFile("jdbc:sqlite::memory:", "pre-deploy:abc"))
                .hasMessageContaining("in-memory");
    }

    @Test
    void stageKeysAndThePostDeployContextsOfAPreDeployRun() {
        assertThat(DeploymentPlans.stageKey(List.of("pre-deploy"))).isEqualTo("pre-deploy");
        assertThat(DeploymentPlans.stageKey(List.of("post-deploy", "pre-deploy")))
                .isEqualTo("post-deploy+pre-deploy");
        assertThat(DeploymentPlans.stageKey(List.of("prod"))).isEqualTo("all");
        assertThat(DeploymentPlans.postDeployOf(new Contexts("pre-deploy", "prod"))
                        .getContexts())
                .containsExactlyInAnyOrder("post-deploy", "prod");
    }
}
