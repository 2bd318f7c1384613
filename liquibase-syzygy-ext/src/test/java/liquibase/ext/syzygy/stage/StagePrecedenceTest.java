package liquibase.ext.syzygy.stage;

import static liquibase.ext.syzygy.Stage.POST_DEPLOY;
import static liquibase.ext.syzygy.Stage.PRE_DEPLOY;
import static liquibase.ext.syzygy.stage.Facts.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import org.junit.jupiter.api.Test;

/** defined > override > inferred > stageFallbacks > thirdPartyFallback > ambiguous. */
class StagePrecedenceTest {

    private static StageClassifier classifier(String overrides, String fallbacks, String thirdParty) {
        return StageClassifier.withPolicy(StagePolicy.parse(StagePolicyTest.KEYS, overrides, fallbacks, thirdParty));
    }

    private static ChangeSetFacts lib(String context, boolean fromJar, ChangeFacts... changes) {
        return new ChangeSetFacts(
                new ChangeSetId("lib/db.xml", "7", "lib"), context, List.of(), List.of(changes), fromJar);
    }

    @Test
    void aDefinedStageBeatsAnOverride() {
        StageDecision decision =
                classifier("lib/**=post-deploy", null, null).decide(lib("pre-deploy", true, change("dropTable")));
        assertThat(decision.stage()).contains(PRE_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.DEFINED);
    }

    @Test
    void anOverrideBeatsInferenceAndNamesItsEntry() {
        StageDecision decision = classifier("app/**=pre-deploy, lib/*.xml::7::*=pre-deploy", null, null)
                .decide(lib("", false, change("dropTable")));
        assertThat(decision.stage()).contains(PRE_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.OVERRIDE);
        assertThat(decision.reason()).isEqualTo("the x.overrides entry 'lib/*.xml::7::*=pre-deploy' matches");
        assertThat(decision.verdicts()).hasSize(1);
    }

    @Test
    void anOverrideSettlesAChangeSetNamingBothStages() {
        StageDecision decision = classifier("lib/db.xml=post-deploy", null, null)
                .decide(lib("pre-deploy or post-deploy", false, change("sql")));
        assertThat(decision.stage()).contains(POST_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.OVERRIDE);
    }

    @Test
    void inferenceBeatsFallbacks() {
        StageDecision decision =
                classifier(null, "lib/**=post-deploy", "post-deploy").decide(lib("", true, change("createTable")));
        assertThat(decision.stage()).contains(PRE_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.INFERRED);
    }

    @Test
    void aFallbackSettlesAnAmbiguousChangeSetBeforeTheThirdPartyFallback() {
        StageDecision decision = classifier(null, "other.xml=pre-deploy\nlib/**=post-deploy", "pre-deploy")
                .decide(lib("", true, change("addColumn"), change("dropColumn")));
        assertThat(decision.stage()).contains(POST_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.FALLBACK);
        assertThat(decision.reason())
                .isEqualTo("it mixes pre-deploy and post-deploy changes; the x.fallbacks entry"
                        + " 'lib/**=post-deploy' settles it");
    }

    @Test
    void theThirdPartyFallbackOnlyAppliesToChangelogsFromJars() {
        StageClassifier classifier = classifier(null, null, "post-deploy");
        StageDecision jar = classifier.decide(lib("", true, change("sql")));
        assertThat(jar.stage()).contains(POST_DEPLOY);
        assertThat(jar.origin()).isEqualTo(Origin.FALLBACK);
        assertThat(jar.reason())
                .isEqualTo("the stage of sql cannot be inferred; its changelog comes from a jar, and x.thirdParty"
                        + " is post-deploy");
        StageDecision own = classifier.decide(lib("", false, change("sql")));
        assertThat(own.isAmbiguous()).isTrue();
        assertThat(own.remedy()).isEmpty();
    }

    @Test
    void anAmbiguousChangeSetFromAJarNamesTheExactOverrideEntry() {
        StageDecision decision = classifier(null, null, "none")
                .decide(new ChangeSetFacts(
                        new ChangeSetId("classpath:/lib/db.xml", "7", "lib"),
                        "",
                        List.of(),
                        List.of(change("sql")),
                        true));
        assertThat(decision.isAmbiguous()).isTrue();
        assertThat(decision.remedy())
                .contains("Its changelog comes from a jar, so it cannot be edited: set"
                        + " x.overrides=lib/db.xml::7::lib=pre-deploy (or =post-deploy, whichever stage its changes"
                        + " need).");
        String entry = "lib/db.xml::7::lib=pre-deploy";
        assertThat(classifier(entry, null, "none")
                        .decide(lib("", true, change("sql")))
                        .stage())
                .as("the suggested entry parses and fixes it")
                .contains(PRE_DEPLOY);
    }

    @Test
    void withoutSettingsNothingChanges() {
        StageDecision decision = StageClassifier.standard().decide(lib("", true, change("sql")));
        assertThat(decision.isAmbiguous()).isTrue();
        assertThat(decision.remedy()).isEmpty();
    }
}
