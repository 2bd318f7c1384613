package liquibase.ext.syzygy.quorum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuorumPlanTest {

    private static final PlanItem A = new PlanItem("db.xml::1::ann", "9:aaa");
    private static final PlanItem B = new PlanItem("db.xml::2::ann", "9:bbb");

    @Test
    void equalPlansHashAlikeAndTheStageIsPartOfTheHash() {
        QuorumPlan plan = new QuorumPlan("pre-deploy", List.of(A, B));
        assertThat(plan.hash()).isEqualTo(new QuorumPlan("pre-deploy", List.of(A, B)).hash());
        assertThat(plan.hash()).isNotEqualTo(new QuorumPlan("post-deploy", List.of(A, B)).hash());
        assertThat(plan.hash()).isNotEqualTo(new QuorumPlan("pre-deploy", List.of(B, A)).hash());
        assertThat(plan.namespace()).startsWith("pre-deploy:").hasSize("pre-deploy:".length() + 32);
    }

    @Test
    void theTextRoundTrips() {
        QuorumPlan plan = new QuorumPlan("pre-deploy", List.of(A, B));
        assertThat(QuorumPlan.parse("pre-deploy", plan.text())).isEqualTo(plan);
        assertThat(QuorumPlan.parse("pre-deploy", "")).isEqualTo(new QuorumPlan("pre-deploy", List.of()));
    }

    @Test
    void differencesNameTheChangesetsAndTheirChecksums() {
        QuorumPlan mine = new QuorumPlan("pre-deploy", List.of(A, B));
        QuorumPlan theirs = new QuorumPlan(
                "pre-deploy",
                List.of(new PlanItem("db.xml::1::ann", "9:zzz"), new PlanItem("db.xml::3::bob", "9:ccc")));
        assertThat(mine.differences(theirs))
                .containsExactly(
                        "checksum differs: db.xml::1::ann is 9:aaa here, 9:zzz there",
                        "only here: db.xml::2::ann (checksum 9:bbb)",
                        "only there: db.xml::3::bob (checksum 9:ccc)");
        assertThat(mine.differences(new QuorumPlan("pre-deploy", List.of(B, A))))
                .containsExactly("the same changesets in another order");
        assertThat(mine.differences(mine)).isEmpty();
    }
}
