package liquibase.ext.syzygy.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.ext.syzygy.Stage;
import org.junit.jupiter.api.Test;

class RollbackPhaseTest {

    @Test
    void aPhaseUndoesTheOtherStage() {
        assertThat(RollbackPhase.translate(List.of("pre-deploy"))).containsExactly("post-deploy", "syzygy-rollback");
        assertThat(RollbackPhase.translate(List.of("post-deploy"))).containsExactly("pre-deploy", "syzygy-rollback");
        assertThat(RollbackPhase.stagesUndone(List.of(Stage.PRE_DEPLOY))).containsExactly(Stage.POST_DEPLOY);
    }

    @Test
    void keepsOtherContextsTheRequiredMarkerAndIgnoresCase() {
        assertThat(RollbackPhase.translate(List.of("prod", "@Pre-Deploy", " test ")))
                .containsExactly("prod", "@post-deploy", "test", "syzygy-rollback");
    }

    @Test
    void bothStagesUndoBoth() {
        assertThat(RollbackPhase.translate(List.of("pre-deploy", "post-deploy")))
                .containsExactly("post-deploy", "pre-deploy", "syzygy-rollback");
    }

    @Test
    void misspeltStagesAreNotSwapped() {
        assertThat(RollbackPhase.translate(List.of("pre_deploy"))).containsExactly("pre_deploy", "syzygy-rollback");
    }

    @Test
    void recognisesItsMarkers() {
        assertThat(RollbackPhase.isTranslated(RollbackPhase.translate(List.of("pre-deploy"))))
                .isTrue();
        assertThat(RollbackPhase.isTranslated(List.of("pre-deploy"))).isFalse();
        assertThat(RollbackPhase.isTestingRollback(List.of("pre-deploy", "@SYZYGY-TESTING-ROLLBACK")))
                .isTrue();
        assertThat(RollbackPhase.isTestingRollback(List.of("pre-deploy"))).isFalse();
    }
}
