package liquibase.ext.syzygy.quorum;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The quorum protocol as one pure function: what a deployer does given what it sees.
 *
 * <p>A waiting deployer heartbeats its row on every look; a row whose heartbeat is older than {@link #ALIVE_MILLIS}
 * belongs to a deployer that died and no longer counts (generous, because a JVM starved of CPU must not drop out of
 * the count; the leader's death, which followers must notice fast, is detected through its lock instead). A leader does not heartbeat a row: it holds a lock that
 * the database server (PostgreSQL session advisory lock) or the OS (SQLite: a lock on a file) releases the moment
 * its process or connection dies, so that waiting deployers notice its death on their next look (every
 * {@link #POLL_MILLIS}) instead of after a timeout.
 *
 * <p>Leader rows that finished (or were found dead) before a deployer joined belong to an earlier attempt and are
 * ignored: a retry after a failure starts a fresh round.
 */
public final class QuorumRules {

    /** A waiting deployer's row counts while its heartbeat is at most this old. */
    public static final long ALIVE_MILLIS = 10_000;

    /** How often a deployer looks at the table (and heartbeats its row). */
    public static final long POLL_MILLIS = 250;

    private QuorumRules() {}

    /** What the deployer of {@code view} does next. */
    public static Decision decide(QuorumView view) {
        Member me = view.me();
        Optional<Member> severed = view.rows().stream()
                .filter(row -> row.isSevered() && row.namespace().equals(me.namespace()))
                .findFirst();
        if (severed.isPresent()) {
            return new Decision.Severed(severed.get().detail());
        }
        Optional<Member> leader = leaderOf(view, me.namespace());
        if (leader.isPresent()) {
            return followed(view, leader.get());
        }
        if (view.awaited().isPresent()) {
            Optional<Member> other = leaderOf(view, view.awaited().get());
            if (other.isPresent() && isLiveApplying(view, other.get())) {
                return new Decision.AwaitOther(
                        other.get().namespace(), other.get().detail());
            }
            return new Decision.OtherFinished(
                    other.map(Member::detail).orElse("unknown"),
                    other.map(Member::quorumPlan).orElse(new QuorumPlan(me.stage(), List.of())));
        }
        Optional<Member> otherLeader = view.rows().stream()
                .filter(row -> row.isLeader() && !row.namespace().equals(me.namespace()))
                .filter(row -> isLiveApplying(view, row))
                .findFirst();
        if (otherLeader.isPresent()) {
            return new Decision.AwaitOther(
                    otherLeader.get().namespace(), otherLeader.get().detail());
        }
        Optional<Member> mismatch = view.rows().stream()
                .filter(row -> row.isDeployer() && !row.namespace().equals(me.namespace()))
                .filter(row -> row.state() == MemberState.WAITING || row.state() == MemberState.MISMATCH)
                .filter(row -> isAlive(view, row))
                .findFirst();
        if (mismatch.isPresent()) {
            return new Decision.Mismatch(
                    mismatch.get().deployer(), mismatch.get().quorumPlan());
        }
        List<String> joined = joined(view);
        if (joined.size() >= view.quorum()) {
            return new Decision.Lead();
        }
        return view.timedOut() ? new Decision.Timeout(joined) : new Decision.Wait(joined);
    }

    /** The deployers waiting alive in the deployer's namespace, itself included, in the order they joined. */
    public static List<String> joined(QuorumView view) {
        return view.rows().stream()
                .filter(row ->
                        row.isDeployer() && row.namespace().equals(view.me().namespace()))
                .filter(row -> row.state() == MemberState.WAITING)
                .filter(row -> row.deployer().equals(view.me().deployer()) || isAlive(view, row))
                .sorted(Comparator.comparingLong(Member::joinedAt).thenComparing(Member::deployer))
                .map(Member::deployer)
                .toList();
    }

    private static Decision followed(QuorumView view, Member leader) {
        return switch (leader.state()) {
            case DONE -> new Decision.Applied(leader.detail());
            case FAILED -> new Decision.LeaderFailed(leader.detail());
            default -> view.liveLeaders().contains(leader.namespace())
                    ? new Decision.Follow(leader.detail())
                    : new Decision.LeaderDied(leader.detail());
        };
    }

    /** The leader row of {@code namespace} that concerns this deployer: finished ones older than its join do not. */
    private static Optional<Member> leaderOf(QuorumView view, String namespace) {
        return view.rows().stream()
                .filter(row -> row.isLeader() && row.namespace().equals(namespace))
                .filter(row ->
                        !row.state().isTerminal() || row.beatAt() >= view.me().joinedAt())
                .findFirst();
    }

    private static boolean isLiveApplying(QuorumView view, Member leader) {
        return leader.state() == MemberState.APPLYING && view.liveLeaders().contains(leader.namespace());
    }

    private static boolean isAlive(QuorumView view, Member row) {
        return view.now() - row.beatAt() <= ALIVE_MILLIS;
    }
}
