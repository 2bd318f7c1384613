package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.stage.StageClassifier;
import liquibase.ext.syzygy.stage.StagePolicy;
import org.junit.jupiter.api.Test;

class LibraryFindingsTest {

    private static final StagePolicy.Keys KEYS = new StagePolicy.Keys(
            "liquibase.syzygy.stageOverrides",
            "liquibase.syzygy.stageFallbacks",
            "liquibase.syzygy.thirdPartyFallback");

    private final List<PlannedChangeSet> changeSets = new ArrayList<>();

    private void add(String id, String context, boolean fromJar, String overrides, ChangeFacts... changes) {
        ChangeSetFacts facts = new ChangeSetFacts(
                new ChangeSetId("classpath:/lib/db.xml", id, "lib"), context, List.of(), List.of(changes), fromJar);
        StageClassifier classifier = StageClassifier.withPolicy(StagePolicy.parse(KEYS, overrides, null, "none"));
        changeSets.add(new PlannedChangeSet(facts, classifier.decide(facts), false));
    }

    private StagePlan plan() {
        return LibraryFindings.withSettingHints(StagePlanner.plan(changeSets, RunMode.PRE_DEPLOY), KEYS.overrides());
    }

    private static Finding only(StagePlan plan, FindingCode code) {
        return plan.findings().stream()
                .filter(f -> f.code() == code)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMisspeltStageInALibraryNamesTheOverrideInsteadOfSayingWriteIt() {
        add("1", "pre_deploy", true, null, change("createTable", "tableName", "a"));
        assertThat(only(plan(), FindingCode.UNKNOWN_STAGE).hint())
                .isEqualTo("Its changelog comes from a jar, so it cannot be edited: set"
                        + " 'liquibase.syzygy.stageOverrides=lib/db.xml::1::lib=pre-deploy' to stage it as it meant"
                        + " (and tell the library's maintainers).");
    }

    @Test
    void theOverrideItNamesSilencesTheMisspeltStage() {
        add("1", "post_deploy", true, "lib/db.xml::1::lib=post-deploy", change("dropTable", "tableName", "a"));
        assertThat(plan().findings()).extracting(Finding::code).doesNotContain(FindingCode.UNKNOWN_STAGE);
    }

    @Test
    void aMisspeltStageInTheUsersOwnChangelogStillSaysWriteIt() {
        add("1", "pre_deploy", false, null, change("createTable", "tableName", "a"));
        assertThat(only(plan(), FindingCode.UNKNOWN_STAGE).hint()).startsWith("Write 'pre-deploy'");
    }

    @Test
    void aLibraryChangesetAfterAPendingPostDeployOneNamesTheOverrideInsteadOfMoveIt() {
        add("drop", "", false, null, change("dropColumn", "tableName", "t", "columnName", "c"));
        add("use", "", true, null, change("createIndex", "tableName", "t", "indexName", "i"));
        StagePlan plan = plan();
        Finding ambiguous = only(plan, FindingCode.AMBIGUOUS_PLAN);
        assertThat(ambiguous.changeSet().orElseThrow().id()).isEqualTo("use");
        assertThat(ambiguous.hint())
                .startsWith("Its changelog comes from a jar, so it cannot be moved or edited: set"
                        + " 'liquibase.syzygy.stageOverrides=lib/db.xml::use::lib=post-deploy' to apply it after the"
                        + " rollout");
    }
}
