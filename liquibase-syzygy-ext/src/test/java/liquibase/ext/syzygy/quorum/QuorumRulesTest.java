package liquibase.ext.syzygy.quorum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuorumRulesTest {

    private static final QuorumPlan PLAN = new QuorumPlan("pre-deploy", List.of(new PlanItem("a::1::x", "9:a")));
    private static final QuorumPlan OTHER = new QuorumPlan("pre-deploy", List.of(new PlanItem("a::1::x", "9:b")));
    private static final String NS = PLAN.namespace();
    private static final long NOW = 1_000_000;

    private final Member me = waiter(NS, "me", NOW - 500, NOW);
    private final List<Member> rows = new ArrayList<>(List.of(me));

    private static Member waiter(String namespace, String deployer, long joined, long beat) {
        QuorumPlan plan = namespace.equals(NS) ? PLAN : OTHER;
        return new Member(namespace, deployer, "pre-deploy", plan.text(), MemberState.WAITING, joined, beat, "");
    }

    private static Member leader(String namespace, MemberState state, long beat) {
        return new Member(namespace, Member.LEADER, "pre-deploy", PLAN.text(), state, beat, beat, "boss");
    }

    private Decision decide(int quorum, Set<String> live, Optional<String> awaited, boolean timedOut) {
        return QuorumRules.decide(new QuorumView(me, quorum, rows, NOW, live, awaited, timedOut));
    }

    private Decision decide(int quorum) {
        return decide(quorum, Set.of(), Optional.empty(), false);
    }

    @Test
    void waitsUntilTheQuorumJoinedThenLeads() {
        rows.add(waiter(NS, "b", NOW - 400, NOW - 100));
        assertThat(decide(3)).isEqualTo(new Decision.Wait(List.of("me", "b")));
        rows.add(waiter(NS, "c", NOW - 300, NOW - 100));
        assertThat(decide(3)).isEqualTo(new Decision.Lead());
    }

    @Test
    void aWaiterWithoutHeartbeatDoesNotCount() {
        rows.add(waiter(NS, "b", NOW - 400, NOW - 100));
        rows.add(waiter(NS, "dead", NOW - 9_000, NOW - QuorumRules.ALIVE_MILLIS - 1));
        assertThat(decide(3)).isEqualTo(new Decision.Wait(List.of("me", "b")));
    }

    @Test
    void timesOutNamingWhoJoined() {
        rows.add(waiter(NS, "b", NOW - 400, NOW - 100));
        assertThat(decide(3, Set.of(), Optional.empty(), true)).isEqualTo(new Decision.Timeout(List.of("me", "b")));
    }

    @Test
    void followsALiveLeaderAndLearnsHowItEnded() {
        rows.add(leader(NS, MemberState.APPLYING, NOW - 200));
        assertThat(decide(3, Set.of(NS), Optional.empty(), false)).isEqualTo(new Decision.Follow("boss"));
        assertThat(decide(3, Set.of(), Optional.empty(), false)).isEqualTo(new Decision.LeaderDied("boss"));
        rows.set(1, leader(NS, MemberState.DONE, NOW - 100));
        assertThat(decide(3)).isEqualTo(new Decision.Applied("boss"));
        rows.set(1, leader(NS, MemberState.FAILED, NOW - 100));
        assertThat(decide(3)).isEqualTo(new Decision.LeaderFailed("boss"));
    }

    @Test
    void aLeaderThatFinishedBeforeTheDeployerJoinedBelongsToAnEarlierAttempt() {
        rows.add(leader(NS, MemberState.FAILED, me.joinedAt() - 1));
        assertThat(decide(1)).isEqualTo(new Decision.Lead());
    }

    @Test
    void anotherPlanOfTheSameStageFailsAtOnce() {
        Member other = waiter(OTHER.namespace(), "x", NOW - 100, NOW - 100);
        rows.add(other);
        assertThat(decide(3)).isEqualTo(new Decision.Mismatch("x", OTHER));
        rows.set(
                1,
                new Member(
                        OTHER.namespace(),
                        "x",
                        "pre-deploy",
                        OTHER.text(),
                        MemberState.MISMATCH,
                        NOW - 100,
                        NOW - 100,
                        ""));
        assertThat(decide(3)).isEqualTo(new Decision.Mismatch("x", OTHER));
        rows.set(1, waiter(OTHER.namespace(), "x", NOW - 9_000, NOW - QuorumRules.ALIVE_MILLIS - 1));
        assertThat(decide(3)).isEqualTo(new Decision.Wait(List.of("me")));
    }

    @Test
    void aLateJoinerWaitsForTheLeaderOfAnotherPlanThenChecksWhatIsLeft() {
        String other = OTHER.namespace();
        rows.add(leader(other, MemberState.APPLYING, NOW - 5_000));
        rows.add(waiter(other, "x", NOW - 6_000, NOW - 100));
        assertThat(decide(3, Set.of(other), Optional.empty(), false)).isEqualTo(new Decision.AwaitOther(other, "boss"));
        assertThat(decide(3, Set.of(other), Optional.of(other), false))
                .isEqualTo(new Decision.AwaitOther(other, "boss"));
        rows.set(1, leader(other, MemberState.DONE, NOW - 50));
        assertThat(decide(3, Set.of(), Optional.of(other), false)).isInstanceOf(Decision.OtherFinished.class);
    }

    @Test
    void aSeveredNamespaceFailsBeforeAnythingElse() {
        rows.add(new Member(NS, Member.SEVERED, "pre-deploy", "", MemberState.SEVERED, 1, 1, "deployer q failed"));
        rows.add(leader(NS, MemberState.DONE, NOW));
        assertThat(decide(1)).isEqualTo(new Decision.Severed("deployer q failed"));
        assertThat(decide(1).isFailure()).isTrue();
        assertThat(new Decision.Wait(List.of()).isFailure()).isFalse();
    }
}
