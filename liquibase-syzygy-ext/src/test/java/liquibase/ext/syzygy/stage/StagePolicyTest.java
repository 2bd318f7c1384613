package liquibase.ext.syzygy.stage;

import static liquibase.ext.syzygy.Stage.POST_DEPLOY;
import static liquibase.ext.syzygy.Stage.PRE_DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import liquibase.ext.syzygy.fact.ChangeSetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StagePolicyTest {

    static final StagePolicy.Keys KEYS = new StagePolicy.Keys("x.overrides", "x.fallbacks", "x.thirdParty");

    @Test
    void parsesCommaAndNewlineSeparatedEntriesInOrder() {
        StagePolicy policy = StagePolicy.parse(
                KEYS, " a.xml=pre-deploy ,\n b/**::7::*=Post-Deploy\r\n\n", "c.xml=post-deploy", "none");
        assertThat(policy.overrides())
                .extracting(StageRule::entry)
                .containsExactly("a.xml=pre-deploy", "b/**::7::*=post-deploy");
        assertThat(policy.fallbacks()).extracting(StageRule::stage).containsExactly(POST_DEPLOY);
        assertThat(policy.thirdPartyFallback()).isEmpty();
    }

    @Test
    void theFirstMatchingEntryWins() {
        StagePolicy policy =
                StagePolicy.parse(KEYS, "lib/**=post-deploy,lib/a.xml::1::x=pre-deploy", null, "pre-deploy");
        assertThat(policy.override(new ChangeSetId("lib/a.xml", "1", "x")))
                .map(StageRule::stage)
                .contains(POST_DEPLOY);
        assertThat(policy.override(new ChangeSetId("app/a.xml", "1", "x"))).isEmpty();
    }

    @Test
    void nothingConfiguredMeansNoRules() {
        StagePolicy policy = StagePolicy.parse(KEYS, null, "  ", "");
        assertThat(policy.overrides()).isEmpty();
        assertThat(policy.fallbacks()).isEmpty();
        assertThat(policy.thirdPartyFallback()).isEmpty();
        assertThat(StagePolicy.parse(KEYS, null, null, "POST-DEPLOY").thirdPartyFallback())
                .contains(POST_DEPLOY);
        assertThat(StagePolicy.parse(KEYS, null, null, "pre-deploy").thirdPartyFallback())
                .contains(PRE_DEPLOY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "lib.xml=predeploy | invalid entry 'lib.xml=predeploy': 'predeploy' is not a stage",
                "lib.xml | invalid entry 'lib.xml': it has no '=STAGE'",
                "lib.xml= | invalid entry 'lib.xml=': the stage is empty",
                "=pre-deploy | invalid entry '=pre-deploy': the pattern is empty",
                "lib.xml::7=pre-deploy | a pattern is PATH or PATH::ID::AUTHOR, but 'lib.xml::7' has 2 parts",
                "lib.xml::::a=pre-deploy | the pattern 'lib.xml::::a' has an empty part",
            })
    void invalidEntriesNameTheSettingTheEntryAndTheExpectedForm(String entry, String problem) {
        assertThatThrownBy(() -> StagePolicy.parse(KEYS, "ok.xml=pre-deploy," + entry, null, null))
                .isInstanceOf(StageSettingException.class)
                .hasMessageStartingWith("[INVALID_SETTING] x.overrides: ")
                .hasMessageContaining(problem)
                .hasMessageContaining("Fix: write PATTERN=STAGE entries separated by commas or new lines");
    }

    @Test
    void anInvalidFallbackNamesTheFallbackSetting() {
        assertThatThrownBy(() -> StagePolicy.parse(KEYS, null, "a=b", null))
                .hasMessageStartingWith("[INVALID_SETTING] x.fallbacks: invalid entry 'a=b'");
    }

    @Test
    void anInvalidThirdPartyFallbackIsRejected() {
        assertThatThrownBy(() -> StagePolicy.parse(KEYS, null, null, "later"))
                .isInstanceOf(StageSettingException.class)
                .hasMessage("[INVALID_SETTING] x.thirdParty: invalid value 'later'. Fix: write pre-deploy,"
                        + " post-deploy or none.");
    }
}
