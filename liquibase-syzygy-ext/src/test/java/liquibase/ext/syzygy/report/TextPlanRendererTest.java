package liquibase.ext.syzygy.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPlanRendererTest {

    @Test
    void rendersRowsFindingsAndSummaryHidingRanChangeSets() {
        assertThat(TextPlanRenderer.render(SamplePlans.preDeploy(), false))
                .isEqualTo(
                        """
                        Stage plan (mode: pre-deploy)

                        ACTION   STAGE        ORIGIN    CHANGESET                   REASON
                        apply    pre-deploy   inferred  db/changelog.xml::1::alice  all changes are pre-deploy (createTable)
                        skip     post-deploy  inferred  db/changelog.xml::2::alice  all changes are post-deploy (dropTable)
                        blocked  -            none      db/changelog.xml::4::alice  it mixes pre-deploy and post-deploy changes

                        Findings:
                          AMBIGUOUS_STAGE error db/changelog.xml::4::alice it mixes "pre-deploy" and post-deploy changes.
                            Fix: Split the changeset.

                        Summary: 1 to apply, 1 skipped, 1 error(s), 0 warning(s)
                        """);
    }

    @Test
    void showRanListsRanChangeSetsInPlace() {
        assertThat(TextPlanRenderer.render(SamplePlans.preDeploy(), true))
                .contains(
                        """
                        skip     post-deploy  inferred  db/changelog.xml::2::alice  all changes are post-deploy (dropTable)
                        ran      pre-deploy   defined   db/changelog.xml::3::alice  its context 'pre-deploy' names pre-deploy
                        blocked  -            none      db/changelog.xml::4::alice  it mixes pre-deploy and post-deploy changes
                        """);
    }

    @Test
    void rendersAnEmptyPlan() {
        assertThat(TextPlanRenderer.render(SamplePlans.empty(), false))
                .isEqualTo(
                        """
                        Stage plan (mode: cycle)

                        No changesets to show.

                        Summary: 0 to apply, 0 skipped, 0 error(s), 0 warning(s)
                        """);
    }
}
