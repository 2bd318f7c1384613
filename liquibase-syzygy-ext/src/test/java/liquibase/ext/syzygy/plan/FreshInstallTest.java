package liquibase.ext.syzygy.plan;

import static liquibase.ext.syzygy.stage.Facts.change;
import static liquibase.ext.syzygy.stage.Facts.changeSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.stage.StageClassifier;
import org.junit.jupiter.api.Test;

class FreshInstallTest {

    private static PlannedChangeSet planned(ChangeSetFacts facts, boolean ran) {
        return new PlannedChangeSet(facts, StageClassifier.standard().decide(facts), ran);
    }

    private static final ChangeSetFacts MIXED =
            changeSet("1", "", change("createTable", "tableName", "a"), change("dropTable", "tableName", "b"));

    @Test
    void onAFreshInstallStageErrorsSaySoAndGiveTheOneUpdateThatInstallsEverything() {
        StagePlan plan = StagePlanner.plan(List.of(planned(MIXED, false)), RunMode.PRE_DEPLOY);
        assertThat(FreshInstall.isFresh(plan)).isTrue();

        Finding finding = FreshInstall.annotate(plan, EntryPoint.CLI).findings().get(0);

        assertThat(finding.code()).isEqualTo(FindingCode.AMBIGUOUS_STAGE);
        assertThat(finding.isError()).as("the CI gate still fails").isTrue();
        assertThat(finding.message())
                .endsWith("This is a fresh install: none of the changelog has run, so no old code runs against this"
                        + " database yet.");
        assertThat(finding.hint())
                .startsWith("To install everything in changelog order, run liquibase update"
                        + " --contexts=pre-deploy,post-deploy. For a database that old code uses: Split it");
        assertThat(FreshInstall.annotate(plan, EntryPoint.SPRING)
                        .findings()
                        .get(0)
                        .hint())
                .startsWith("To install everything in changelog order, run"
                        + " spring.liquibase.contexts=pre-deploy,post-deploy.");
    }

    @Test
    void onceAnyChangeSetRanNothingIsAnnotated() {
        ChangeSetFacts ran = changeSet("0", "", change("createTable", "tableName", "b"));
        StagePlan plan = StagePlanner.plan(List.of(planned(ran, true), planned(MIXED, false)), RunMode.PRE_DEPLOY);
        assertThat(FreshInstall.isFresh(plan)).isFalse();
        assertThat(FreshInstall.annotate(plan, EntryPoint.CLI)).isEqualTo(plan);
    }

    @Test
    void onlyStageErrorsAreAnnotated() {
        Finding unsafe = new Finding(FindingCode.UNSAFE_CHANGE, Severity.ERROR, Optional.empty(), "m", "h");
        Finding warning = new Finding(FindingCode.AMBIGUOUS_STAGE, Severity.WARNING, Optional.empty(), "m", "h");
        Finding noStage = new Finding(FindingCode.NO_STAGE_SELECTED, Severity.ERROR, Optional.empty(), "m", "h");
        assertThat(FreshInstall.annotate(unsafe, EntryPoint.CLI)).isEqualTo(unsafe);
        assertThat(FreshInstall.annotate(warning, EntryPoint.CLI)).isEqualTo(warning);
        assertThat(FreshInstall.annotate(noStage, EntryPoint.MAVEN).hint())
                .isEqualTo("To install everything in changelog order, run mvn liquibase:update"
                        + " -Dliquibase.contexts=pre-deploy,post-deploy. For a database that old code uses: h");
    }
}
