package liquibase.ext.syzygy.quorum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.ext.syzygy.finding.FindingCode;
import org.junit.jupiter.api.Test;

class QuorumFindingsTest {

    private final QuorumFindings findings =
            new QuorumFindings("me", "liquibase.syzygy.quorum", "liquibase.syzygy.quorumTimeout");
    private final QuorumPlan plan = new QuorumPlan("pre-deploy", List.of(new PlanItem("a::1::x", "9:a")));

    @Test
    void eachFailureHasItsCodeAndSaysWhatToDo() {
        assertThat(findings.of(new Decision.Timeout(List.of("me", "b")), plan, "T")
                        .format())
                .startsWith("[QUORUM_TIMEOUT]")
                .contains("only 2 joined: me, b")
                .contains("liquibase.syzygy.quorumTimeout");
        assertThat(findings.of(new Decision.LeaderDied("boss"), plan, "T").code())
                .isEqualTo(FindingCode.QUORUM_LEADER_DIED);
        assertThat(findings.of(new Decision.LeaderFailed("boss"), plan, "T").code())
                .isEqualTo(FindingCode.QUORUM_LEADER_FAILED);
        assertThat(findings.of(new Decision.Severed("q failed"), plan, "T").format())
                .startsWith("[QUORUM_SEVERED]")
                .contains("DELETE FROM T WHERE deployer = '#severed' AND namespace = '" + plan.namespace() + "'");
        QuorumPlan theirs = new QuorumPlan("pre-deploy", List.of(new PlanItem("a::1::x", "9:b")));
        assertThat(findings.of(new Decision.Mismatch("x", theirs), plan, "T").format())
                .startsWith("[QUORUM_PLAN_MISMATCH]")
                .contains("checksum differs: a::1::x is 9:a here, 9:b there");
    }
}
