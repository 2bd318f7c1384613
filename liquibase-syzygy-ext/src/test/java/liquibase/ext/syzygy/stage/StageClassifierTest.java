package liquibase.ext.syzygy.stage;

import static liquibase.ext.syzygy.Stage.POST_DEPLOY;
import static liquibase.ext.syzygy.Stage.PRE_DEPLOY;
import static liquibase.ext.syzygy.stage.Facts.change;
import static liquibase.ext.syzygy.stage.Facts.changeSet;
import static liquibase.ext.syzygy.stage.Facts.inherited;
import static org.assertj.core.api.Assertions.assertThat;

import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import org.junit.jupiter.api.Test;

class StageClassifierTest {

    private final StageClassifier classifier = StageClassifier.standard();

    @Test
    void aDefinedStageBeatsInference() {
        StageDecision decision = classifier.decide(changeSet("1", "test and post-deploy", change("createTable")));
        assertThat(decision.stage()).contains(POST_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.DEFINED);
        assertThat(decision.reason()).isEqualTo("its context 'test and post-deploy' names post-deploy");
    }

    @Test
    void aDefinedStageSettlesAnOtherwiseAmbiguousChangeSet() {
        StageDecision decision = classifier.decide(changeSet("1", "pre-deploy", change("sql"), change("dropTable")));
        assertThat(decision.stage()).contains(PRE_DEPLOY);
    }

    @Test
    void anIncludeContextDefinesTheStageWhenTheChangeSetDoesNot() {
        StageDecision decision = classifier.decide(inherited("1", "post-deploy", change("sql")));
        assertThat(decision.stage()).contains(POST_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.DEFINED);
        assertThat(decision.reason()).contains("changelog or include");
    }

    @Test
    void theChangeSetsOwnStageBeatsTheIncludes() {
        StageDecision decision = classifier.decide(new ChangeSetFacts(
                new ChangeSetId("f.xml", "1", "a"),
                "pre-deploy",
                java.util.List.of("post-deploy"),
                java.util.List.of(change("createTable")),
                false));
        assertThat(decision.stage()).contains(PRE_DEPLOY);
    }

    @Test
    void namingBothStagesIsAmbiguous() {
        StageDecision decision = classifier.decide(changeSet("1", "pre-deploy or post-deploy", change("createTable")));
        assertThat(decision.isAmbiguous()).isTrue();
        assertThat(decision.reason()).contains("names both pre-deploy and post-deploy");
    }

    @Test
    void infersWhenAllChangesAgree() {
        StageDecision decision = classifier.decide(changeSet("1", "", change("dropColumn"), change("dropTable")));
        assertThat(decision.stage()).contains(POST_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.INFERRED);
        assertThat(decision.reason()).isEqualTo("all changes are post-deploy (dropColumn, dropTable)");
    }

    @Test
    void neutralChangesFollowTheOthers() {
        StageDecision decision = classifier.decide(changeSet("1", "", change("tagDatabase"), change("dropTable")));
        assertThat(decision.stage()).contains(POST_DEPLOY);
    }

    @Test
    void neutralChangesAloneArePreDeploy() {
        StageDecision decision = classifier.decide(changeSet("1", "", change("tagDatabase"), change("output")));
        assertThat(decision.stage()).contains(PRE_DEPLOY);
        assertThat(decision.reason()).contains("only neutral changes");
    }

    @Test
    void mixingStagesIsAmbiguousAndListsEachChange() {
        StageDecision decision = classifier.decide(changeSet("1", "test", change("addColumn"), change("dropColumn")));
        assertThat(decision.isAmbiguous()).isTrue();
        assertThat(decision.origin()).isEqualTo(Origin.NONE);
        assertThat(decision.reason()).isEqualTo("it mixes pre-deploy and post-deploy changes");
        assertThat(decision.verdicts())
                .extracting(ChangeVerdict::describe)
                .containsExactly(
                        "addColumn: pre-deploy (adds a nullable or defaulted column old code ignores)",
                        "dropColumn: post-deploy (drops a column old code may still read or write)");
    }

    @Test
    void anUndecidableChangeMakesTheChangeSetAmbiguous() {
        StageDecision decision = classifier.decide(changeSet("1", "", change("createTable"), change("renameColumn")));
        assertThat(decision.isAmbiguous()).isTrue();
        assertThat(decision.reason()).isEqualTo("the stage of renameColumn cannot be inferred");
    }

    @Test
    void aMisspeltStageIsNotAStage() {
        StageDecision decision = classifier.decide(changeSet("1", "pre_deploy", change("dropTable")));
        assertThat(decision.stage()).contains(POST_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.INFERRED);
    }
}
