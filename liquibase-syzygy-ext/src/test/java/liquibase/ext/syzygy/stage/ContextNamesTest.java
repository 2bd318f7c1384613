package liquibase.ext.syzygy.stage;

import static liquibase.ext.syzygy.Stage.POST_DEPLOY;
import static liquibase.ext.syzygy.Stage.PRE_DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContextNamesTest {

    @Test
    void withStageAndsTheStageIntoAnExistingExpression() {
        assertThat(ContextNames.withStage("", PRE_DEPLOY)).isEqualTo("pre-deploy");
        assertThat(ContextNames.withStage(null, POST_DEPLOY)).isEqualTo("post-deploy");
        assertThat(ContextNames.withStage("test or dev", PRE_DEPLOY)).isEqualTo("(test or dev) and pre-deploy");
        assertThat(ContextNames.withStage(" !nightly ", POST_DEPLOY)).isEqualTo("(!nightly) and post-deploy");
    }

    @Test
    void withStageRewritesTopLevelCommasBecauseLiquibaseSplitsAtThem() {
        assertThat(ContextNames.withStage("test, dev", PRE_DEPLOY)).isEqualTo("((test) or (dev)) and pre-deploy");
        assertThat(ContextNames.withStage("a and b,c", POST_DEPLOY)).isEqualTo("((a and b) or (c)) and post-deploy");
    }

    @Test
    void withStageLeavesAnExpressionThatIsExactlyTheStage() {
        assertThat(ContextNames.withStage("Pre-Deploy", PRE_DEPLOY)).isEqualTo("Pre-Deploy");
        assertThat(ContextNames.withStage("pre-deploy", POST_DEPLOY)).isEqualTo("(pre-deploy) and post-deploy");
    }

    @Test
    void stagesNamedInIgnoresCaseOperatorsAndRequiredMarkers() {
        assertThat(ContextNames.stagesNamedIn("Pre-Deploy")).containsExactly(PRE_DEPLOY);
        assertThat(ContextNames.stagesNamedIn("@post-deploy")).containsExactly(POST_DEPLOY);
        assertThat(ContextNames.stagesNamedIn("(test, dev) and pre-deploy")).containsExactly(PRE_DEPLOY);
        assertThat(ContextNames.stagesNamedIn("pre-deploy or post-deploy")).containsExactly(PRE_DEPLOY, POST_DEPLOY);
        assertThat(ContextNames.stagesNamedIn("test")).isEmpty();
        assertThat(ContextNames.stagesNamedIn("")).isEmpty();
        assertThat(ContextNames.stagesNamedIn(null)).isEmpty();
        assertThat(ContextNames.stagesNamedIn(" POST-DEPLOY ")).containsExactly(POST_DEPLOY);
    }

    @Test
    void negatedStagesAreNotNamed() {
        assertThat(ContextNames.stagesNamedIn("!post-deploy")).isEmpty();
        assertThat(ContextNames.stagesNamedIn("not post-deploy and test")).isEmpty();
        assertThat(ContextNames.stagesNamedIn("not test and post-deploy")).containsExactly(POST_DEPLOY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pre_deploy",
                "predeploy",
                "pre-deployment",
                "post_deploy",
                "postdeploy",
                "post-deployment",
                "Post_Deployment",
                "pre-deploi",
                "post-dpeloy",
                "pre.deploy"
            })
    void flagsMisspeltStages(String name) {
        assertThat(ContextNames.misspeltStages("test and " + name)).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pre-deploy", "POST-DEPLOY", "test", "pre", "post", "deploy", "production", "pre-prod"})
    void leavesRealStagesAndOrdinaryContextsAlone(String name) {
        assertThat(ContextNames.misspeltStages(name)).isEmpty();
    }

    @Test
    void probableStageFollowsThePrefix() {
        assertThat(ContextNames.probableStage("post_deployment")).isEqualTo(POST_DEPLOY);
        assertThat(ContextNames.probableStage("predeploy")).isEqualTo(PRE_DEPLOY);
    }

    @Test
    void misspeltStagesAreRewrittenAsWholeWordsOnly() {
        assertThat(ContextNames.withMisspeltStagesAs("Pre_Deploy and test", PRE_DEPLOY))
                .isEqualTo("pre-deploy and test");
        assertThat(ContextNames.withMisspeltStagesAs("postdeploy, postdeploy_extra", POST_DEPLOY))
                .isEqualTo("post-deploy, postdeploy_extra");
        assertThat(ContextNames.withMisspeltStagesAs("test", PRE_DEPLOY)).isEqualTo("test");
    }
}
