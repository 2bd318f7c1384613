package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

class HistoryFindingsTest {

    private static final String KEY = "liquibase.syzygy.stageFallbacks";

    private final List<PlannedChangeSet> changeSets = new ArrayList<>();

    private void add(String file, String id, String context, boolean ran) {
        ChangeSetFacts facts = new ChangeSetFacts(
                new ChangeSetId(file, id, "dev"),
                context,
                List.of(),
                List.of(change("createTable", "tableName", "a" + id), change("dropTable", "tableName", "b" + id)),
                false);
        changeSets.add(new PlannedChangeSet(facts, StageClassifier.standard().decide(facts), ran));
    }

    private static ChangeSetId id(String file) {
        return new ChangeSetId(file, "1", "dev");
    }

    @Test
    void theFallbackGlobIsTheNarrowestPatternCoveringEveryFile() {
        assertThat(HistoryFindings.fallbackGlob(List.of(id("db/changelog/r1.xml"), id("db/changelog/r2/x.xml"))))
                .isEqualTo("db/changelog/**");
        assertThat(HistoryFindings.fallbackGlob(List.of(id("classpath:/db/a.xml"), id("db/a.xml"))))
                .isEqualTo("db/a.xml");
        assertThat(HistoryFindings.fallbackGlob(List.of(id("db/r1.xml"), id("db/r10.xml"))))
                .isEqualTo("db/**");
        assertThat(HistoryFindings.fallbackGlob(List.of(id("a/r1.xml"), id("b/r1.xml"))))
                .isEqualTo("**");
        assertThat(HistoryFindings.fallbackGlob(List.of(id("db\\old\\r1.xml"), id("db/old/r2.xml"))))
                .isEqualTo("db/old/**");
    }

    @Test
    void historyFindingsAreOneSummaryWithTheFallbackThatSilencesThem() {
        for (int i = 1; i <= 47; i++) {
            add("db/changelog/releases/r" + (i % 5) + ".xml", "old-" + i, "", true);
        }
        add("db/changelog/releases/r1.xml", "misspelt", "pre_deploy", true);
        add("db/changelog/next.xml", "new", "", false);
        StagePlan plan = StagePlanner.plan(changeSets, RunMode.PRE_DEPLOY);

        assertThat(HistoryFindings.of(plan)).hasSize(49);
        Finding summary = HistoryFindings.summary(plan, KEY).orElseThrow();

        assertThat(summary.format())
                .isEqualTo("[HISTORY_UNSTAGED] 48 changesets that already ran do not pass today's stage checks"
                        + " (AMBIGUOUS_STAGE 48, UNKNOWN_STAGE 1); they do not run again, so this is only a warning."
                        + " Fix: To silence it without editing them, set"
                        + " 'liquibase.syzygy.stageFallbacks=db/changelog/releases/**=pre-deploy'; 'liquibase"
                        + " stage-plan --show-ran' lists each of them.");
        assertThat(HistoryFindings.without(plan).findings())
                .extracting(f -> f.code() + "@" + f.changeSet().orElseThrow().id())
                .containsExactly("AMBIGUOUS_STAGE@new");
    }

    @Test
    void aHistoryHintNeverSaysEditItButNamesTheEntryToPaste() {
        add("db/r1.xml", "old", "", true);
        add("db/r1.xml", "new", "", false);
        StagePlan plan = HistoryFindings.withSettingHints(StagePlanner.plan(changeSets, RunMode.PRE_DEPLOY), KEY);
        assertThat(plan.findings().get(0).hint())
                .isEqualTo("It already ran, so do not edit it (its checksum would change): set"
                        + " 'liquibase.syzygy.stageFallbacks=db/r1.xml::old::dev=pre-deploy' to record its stage, or"
                        + " 'liquibase.syzygy.stageFallbacks=db/r1.xml=pre-deploy' for every changeset that already"
                        + " ran.");
        assertThat(plan.findings().get(1).hint()).as("pending: unchanged").startsWith("Split it");
    }

    @Test
    void noHistoryNoSummary() {
        add("db/r1.xml", "new", "", false);
        StagePlan plan = StagePlanner.plan(changeSets, RunMode.PRE_DEPLOY);
        assertThat(HistoryFindings.summary(plan, KEY)).isEmpty();
        assertThat(plan.findings()).extracting(Finding::code).containsExactly(FindingCode.AMBIGUOUS_STAGE);
    }
}
