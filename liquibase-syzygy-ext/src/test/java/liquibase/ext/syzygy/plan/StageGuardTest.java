package liquibase.ext.syzygy.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import org.junit.jupiter.api.Test;

class StageGuardTest {

    private static final String KEY = "liquibase.syzygy.requireStage";

    @Test
    void aStageContextPasses() {
        assertThat(StageGuard.check("update", List.of("pre-deploy"), KEY)).isEmpty();
        assertThat(StageGuard.check("update", List.of("test", "@POST-DEPLOY"), KEY))
                .isEmpty();
        assertThat(StageGuard.check("update", List.of("pre-deploy", "post-deploy"), KEY))
                .isEmpty();
    }

    @Test
    void selectedStagesReadsEveryContext() {
        assertThat(StageGuard.selectedStages(List.of("pre-deploy", "post-deploy")))
                .containsExactly(Stage.PRE_DEPLOY, Stage.POST_DEPLOY);
        assertThat(StageGuard.selectedStages(List.of())).isEmpty();
    }

    @Test
    void noContextsIsRefusedWithTheSettingToTurnItOff() {
        Finding finding = StageGuard.check("update", List.of(), KEY).orElseThrow();
        assertThat(finding.code()).isEqualTo(FindingCode.NO_STAGE_SELECTED);
        assertThat(finding.changeSet()).isEmpty();
        assertThat(finding.format())
                .isEqualTo("[NO_STAGE_SELECTED] 'update' was run with no contexts, which selects no deployment stage,"
                        + " so it would apply the changesets of both stages at once. Fix: Run the stage you mean:"
                        + " --contexts=pre-deploy before rolling out the new code, --contexts=post-deploy after;"
                        + " --contexts=pre-deploy,post-deploy applies everything (a fresh install, or development). To"
                        + " turn this check off, set liquibase.syzygy.requireStage=false.");
    }

    @Test
    void aMisspeltStageGetsASuggestion() {
        Finding finding =
                StageGuard.check("update-sql", List.of("post_deploy"), KEY).orElseThrow();
        assertThat(finding.message()).contains("--contexts=post_deploy");
        assertThat(finding.hint()).startsWith("Did you mean --contexts=post-deploy (not 'post_deploy')?");
    }

    @Test
    void theHintNamesTheFormOfTheEntryPointAtHand() {
        assertThat(StageGuard.check("update", List.of(), KEY, EntryPoint.MAVEN)
                        .orElseThrow()
                        .hint())
                .startsWith(
                        "Run the stage you mean: -Dliquibase.contexts=pre-deploy (or <contexts>pre-deploy</contexts>)"
                                + " before rolling out the new code");
        assertThat(StageGuard.check("update", List.of(), KEY, EntryPoint.SPRING)
                        .orElseThrow()
                        .hint())
                .startsWith("Run the stage you mean: spring.liquibase.contexts=pre-deploy before rolling out the new"
                        + " code, spring.liquibase.contexts=post-deploy after;");
        Finding java = StageGuard.check("update", List.of("staging"), KEY, EntryPoint.JAVA_API)
                .orElseThrow();
        assertThat(java.message()).startsWith("'update' was run with the contexts \"staging\",");
        assertThat(java.hint()).startsWith("Run the stage you mean: the contexts \"pre-deploy\" before");
        assertThat(StageGuard.check("update", List.of("pre_deploy"), KEY, EntryPoint.SPRING)
                        .orElseThrow()
                        .hint())
                .startsWith("Did you mean spring.liquibase.contexts=pre-deploy (not 'pre_deploy')?");
    }

    @Test
    void theEntryPointComesFromLiquibasesIntegrationName() {
        assertThat(EntryPoint.named("cli")).isEqualTo(EntryPoint.CLI);
        assertThat(EntryPoint.named("docker")).isEqualTo(EntryPoint.CLI);
        assertThat(EntryPoint.named("maven")).isEqualTo(EntryPoint.MAVEN);
        assertThat(EntryPoint.named("spring")).isEqualTo(EntryPoint.SPRING);
        assertThat(EntryPoint.named(null)).isEqualTo(EntryPoint.JAVA_API);
        assertThat(EntryPoint.CLI.update("pre-deploy,post-deploy"))
                .isEqualTo("liquibase update --contexts=pre-deploy,post-deploy");
        assertThat(EntryPoint.MAVEN.update("pre-deploy,post-deploy"))
                .isEqualTo("mvn liquibase:update -Dliquibase.contexts=pre-deploy,post-deploy");
    }
}
