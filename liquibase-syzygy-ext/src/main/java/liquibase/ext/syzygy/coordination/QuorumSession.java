package liquibase.ext.syzygy.coordination;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.quorum.Decision;
import liquibase.ext.syzygy.quorum.Member;
import liquibase.ext.syzygy.quorum.MemberState;
import liquibase.ext.syzygy.quorum.QuorumFindings;
import liquibase.ext.syzygy.quorum.QuorumPlan;
import liquibase.ext.syzygy.quorum.QuorumRules;
import liquibase.ext.syzygy.quorum.QuorumView;

/**
 * One deployer's part in the quorum: joins with its plan, waits, and either becomes the leader (then Liquibase's
 * update applies the plan and {@link #finish()} records the outcome) or follows (waits until the leader finished,
 * checks that nothing of its plan is left, and lets Liquibase's update find nothing to do).
 *
 * <p>Everything goes through the deployer's own Liquibase connection, committed after every statement: a follower
 * holds no transaction while it waits, and no second connection (nor credentials for one) is needed.
 */
public final class QuorumSession {

    /**
     * What a run asks of the quorum.
     *
     * @param database the target database, connected
     * @param changeLog the validated changelog
     * @param contexts the run's contexts (they select the stage)
     * @param labels the run's label expression
     * @param quorum how many deployers with the same plan must join
     * @param timeout how long to wait for them
     * @param quorumKey the quorum setting's key, for messages
     * @param timeoutKey the quorum timeout setting's key, for messages
     */
    public record Request(
            Database database,
            DatabaseChangeLog changeLog,
            Contexts contexts,
            LabelExpression labels,
            int quorum,
            Duration timeout,
            String quorumKey,
            String timeoutKey) {}

    /** How long a deployer keeps looking while SQLite reports the file busy. */
    private static final long BUSY_LIMIT_NANOS = Duration.ofSeconds(60).toNanos();

    private final Request request;
    private final QuorumTable table;
    private final Function<String, LeaderLock> locks;
    private final QuorumPlan plan;
    private final Optional<QuorumPlan> postDeployPlan;
    private final String deployer;
    private final QuorumFindings findings;
    private Member me;
    private LeaderLock leaderLock;

    private QuorumSession(
            Request request,
            QuorumTable table,
            Function<String, LeaderLock> locks,
            QuorumPlan plan,
            Optional<QuorumPlan> postDeployPlan,
            String deployer) {
        this.request = request;
        this.table = table;
        this.locks = locks;
        this.plan = plan;
        this.postDeployPlan = postDeployPlan;
        this.deployer = deployer;
        this.findings = new QuorumFindings(deployer, request.quorumKey(), request.timeoutKey());
    }

    /**
     * Joins the quorum of {@code request}'s plan and waits. Empty when there is nothing to coordinate (the plan is
     * empty) or when this deployer followed and the leader applied the plan; the session when this deployer leads.
     *
     * @throws QuorumFailedException with the coded error when the deployer must stop
     */
    public static Optional<QuorumSession> join(Request request) throws LiquibaseException, QuorumFailedException {
        Database database = request.database();
        Dialect dialect = Dialect.of(database)
                .orElseThrow(() -> failure(new Finding(
                        FindingCode.INVALID_SETTING,
                        Severity.ERROR,
                        Optional.empty(),
                        request.quorumKey() + " works on PostgreSQL and SQLite; this database is "
                                + database.getShortName() + ".",
                        "Run without " + request.quorumKey() + " (or set it to 1).")));
        if (!(database.getConnection() instanceof JdbcConnection jdbc)) {
            throw new LiquibaseException("the quorum needs a JDBC connection");
        }
        QuorumPlan plan = DeploymentPlans.plan(request.changeLog(), database, request.contexts(), request.labels());
        if (plan.isEmpty()) {
            return Optional.empty(); // nothing pending: nothing to agree on (django-syzygy skips it too)
        }
        Optional<QuorumPlan> post = Optional.empty();
        if (plan.stage().equals(Stage.PRE_DEPLOY.contextName())) {
            post = Optional.of(DeploymentPlans.plan(
                            request.changeLog(),
                            database,
                            DeploymentPlans.postDeployOf(request.contexts()),
                            request.labels()))
                    .filter(p -> !p.isEmpty());
        }
        Connection connection = jdbc.getUnderlyingConnection();
        String name = database.escapeTableName(
                database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(), QuorumTable.NAME);
        QuorumTable table = new QuorumTable(connection, name, dialect);
        Function<String, LeaderLock> locks = dialect == Dialect.POSTGRESQL
                ? namespace -> LeaderLock.postgres(connection, namespace)
                : namespace -> LeaderLock.file(lockFile(jdbc.getURL(), namespace));
        QuorumSession session = new QuorumSession(request, table, locks, plan, post, DeployerId.create());
        try {
            return session.await() ? Optional.of(session) : Optional.empty();
        } catch (SQLException | IOException e) {
            throw new LiquibaseException("liquibase-syzygy quorum: cannot use " + name + ": " + e.getMessage(), e);
        }
    }

    /** The leader's lock file beside the SQLite database: {@code <db>-syzygy-quorum-<hash>.lock}. */
    static Path lockFile(String url, String namespace) {
        String path = url.replaceFirst("^jdbc:sqlite:", "").replaceFirst("^file:", "");
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.isBlank() || path.contains(":memory:")) {
            throw new IllegalArgumentException("an in-memory SQLite database cannot hold a quorum: " + url);
        }
        String hash = Integer.toHexString(namespace.hashCode());
        return Path.of(path + "-syzygy-quorum-" + hash + ".lock");
    }

    /** This deployer's id. */
    public String deployer() {
        return deployer;
    }

    /** True when this deployer leads; false when it followed and the plan was applied; throws otherwise. */
    private boolean await() throws SQLException, IOException, LiquibaseException, QuorumFailedException {
        table.ensureExists();
        long now = table.now();
        table.deleteStale(now);
        markDeadLeadersFailed(now);
        now = table.now();
        me = new Member(plan.namespace(), deployer, plan.stage(), plan.text(), MemberState.WAITING, now, now, "");
        table.insert(me);
        say("deployer " + deployer + " joined the " + plan.stage() + " quorum for "
                + plan.items().size() + " changeset(s) (plan " + plan.namespace() + "); waiting for " + request.quorum()
                + " deployers.");
        long deadline = System.nanoTime() + request.timeout().toNanos();
        Optional<String> awaited = Optional.empty();
        String lastNews = "";
        long busySince = 0;
        while (true) {
            Decision decision;
            try {
                decision = look(awaited, System.nanoTime() - deadline >= 0);
                busySince = 0;
            } catch (SQLException e) {
                // SQLite: a look can find the file locked while the leader commits; look again, within reason.
                if (!isBusy(e) || (busySince != 0 && System.nanoTime() - busySince > BUSY_LIMIT_NANOS)) {
                    throw e;
                }
                busySince = busySince == 0 ? System.nanoTime() : busySince;
                QuorumTable.pause(QuorumRules.POLL_MILLIS);
                continue;
            }
            if (decision instanceof Decision.Lead) {
                if (tryLead()) {
                    say("deployer " + deployer + " leads: it applies the plan, the others wait.");
                    return true;
                }
            } else if (decision instanceof Decision.Applied applied) {
                verify(applied.leader(), plan, FindingCode.QUORUM_LEADER_FAILED);
                return false;
            } else if (decision instanceof Decision.OtherFinished other) {
                verify(other.leader(), other.leaderPlan(), FindingCode.QUORUM_PLAN_MISMATCH);
                return false;
            } else if (decision.isFailure()) {
                throw fail(decision);
            } else if (decision instanceof Decision.AwaitOther other) {
                awaited = Optional.of(other.namespace());
            } else if (decision instanceof Decision.Wait) {
                beat();
            }
            String news = news(decision);
            if (!news.equals(lastNews)) {
                say(news);
                lastNews = news;
            }
            QuorumTable.pause(QuorumRules.POLL_MILLIS);
        }
    }

    /** Heartbeats this deployer's row; a busy SQLite file only delays it to the next look. */
    private void beat() throws SQLException {
        try {
            table.beat(me.namespace(), deployer, table.now());
        } catch (SQLException e) {
            if (!isBusy(e)) {
                throw e;
            }
        }
    }

    private static boolean isBusy(SQLException e) {
        return QuorumTable.isBusy(e);
    }

    /**
     * One look: the live leaders are probed before the rows are read, because a leader records its outcome before
     * it releases its lock; a leader row that appeared after the probe counts as live until the next look.
     */
    private Decision look(Optional<String> awaited, boolean timedOut) throws SQLException, IOException {
        Set<String> probed = new HashSet<>();
        Set<String> live = new HashSet<>();
        for (Member row : table.rows(plan.stage())) {
            if (row.isLeader() && row.state() == MemberState.APPLYING) {
                probed.add(row.namespace());
                if (locks.apply(row.namespace()).isHeld()) {
                    live.add(row.namespace());
                }
            }
        }
        long now = table.now();
        List<Member> rows = table.rows(plan.stage());
        for (Member row : rows) {
            if (row.isLeader() && row.state() == MemberState.APPLYING && !probed.contains(row.namespace())) {
                live.add(row.namespace());
            }
        }
        return QuorumRules.decide(new QuorumView(me, request.quorum(), rows, now, live, awaited, timedOut));
    }

    private boolean tryLead() throws SQLException, IOException {
        LeaderLock lock = locks.apply(plan.namespace());
        if (!lock.tryAcquire()) {
            return false;
        }
        table.deleteFinishedLeader(plan.namespace(), me.joinedAt());
        long now = table.now();
        Member leader = new Member(
                plan.namespace(), Member.LEADER, plan.stage(), plan.text(), MemberState.APPLYING, now, now, deployer);
        if (!table.insert(leader)) {
            lock.release();
            return false;
        }
        leaderLock = lock;
        return true;
    }

    /** A leader row left applying by a deployer that died before this one joined belongs to an earlier attempt. */
    private void markDeadLeadersFailed(long now) throws SQLException, IOException {
        for (Member row : table.rows(plan.stage())) {
            if (row.isLeader()
                    && row.state() == MemberState.APPLYING
                    && !locks.apply(row.namespace()).isHeld()) {
                table.update(row.namespace(), Member.LEADER, MemberState.FAILED, now);
            }
        }
    }

    /** After the leader finished: succeeds when nothing of this deployer's plan is left, else a coded error. */
    private void verify(String leader, QuorumPlan leaderPlan, FindingCode code)
            throws LiquibaseException, SQLException, QuorumFailedException {
        QuorumPlan left =
                DeploymentPlans.plan(request.changeLog(), request.database(), request.contexts(), request.labels());
        if (!left.isEmpty()) {
            Finding finding = findings.stillPending(leader, plan, leaderPlan, left.items());
            throw fail(
                    finding.code() == code
                            ? finding
                            : new Finding(
                                    code, finding.severity(), finding.changeSet(), finding.message(), finding.hint()));
        }
        table.delete(me.namespace(), deployer);
        say("the " + plan.stage() + " plan (" + plan.items().size() + " changeset(s)) was applied by deployer " + leader
                + "; deployer " + deployer + " has nothing left to do.");
    }

    private QuorumFailedException fail(Decision decision) {
        return fail(findings.of(decision, plan, table.name()));
    }

    private QuorumFailedException fail(Finding finding) {
        try {
            long now = table.now();
            if (finding.code() == FindingCode.QUORUM_PLAN_MISMATCH) {
                table.update(me.namespace(), deployer, MemberState.MISMATCH, now); // the others see it and stop too
            } else if (finding.code() != FindingCode.QUORUM_TIMEOUT) {
                table.delete(me.namespace(), deployer);
            }
            sever(now, "deployer " + deployer + " failed in pre-deploy with " + finding.code());
        } catch (SQLException e) {
            Scope.getCurrentScope().getLog(getClass()).warning("cannot record the quorum failure: " + e.getMessage());
        }
        return failure(finding);
    }

    /**
     * Called once the leader's update ended, successfully or not: records DONE when nothing of the plan is pending
     * any more, else FAILED (and, in pre-deploy, severs the release's post-deploy quorum), then releases the lock.
     * The outcome is written before the lock is released, so that no follower takes a finished leader for dead.
     */
    public void finish() {
        try {
            boolean done;
            try {
                done = DeploymentPlans.plan(
                                request.changeLog(), request.database(), request.contexts(), request.labels())
                        .isEmpty();
            } catch (LiquibaseException | RuntimeException e) {
                done = false;
            }
            long now = table.now();
            table.update(plan.namespace(), Member.LEADER, done ? MemberState.DONE : MemberState.FAILED, now);
            table.delete(plan.namespace(), deployer);
            if (done) {
                postDeployPlan.ifPresent(post -> deleteQuietly(post.namespace()));
            } else {
                sever(now, "deployer " + deployer + " failed applying the pre-deploy plan");
            }
        } catch (SQLException e) {
            Scope.getCurrentScope().getLog(getClass()).warning("cannot record the quorum outcome: " + e.getMessage());
        } finally {
            if (leaderLock != null) {
                leaderLock.release();
            }
        }
    }

    private void deleteQuietly(String namespace) {
        try {
            table.delete(namespace, Member.SEVERED);
        } catch (SQLException e) {
            Scope.getCurrentScope().getLog(getClass()).warning("cannot lift the post-deploy block: " + e.getMessage());
        }
    }

    /** In pre-deploy: blocks this release's post-deploy quorum (see {@link Decision.Severed}). */
    private void sever(long now, String why) throws SQLException {
        if (postDeployPlan.isPresent()) {
            QuorumPlan post = postDeployPlan.get();
            table.insert(new Member(
                    post.namespace(), Member.SEVERED, post.stage(), post.text(), MemberState.SEVERED, now, now, why));
        }
    }

    private String news(Decision decision) {
        if (decision instanceof Decision.Wait wait) {
            return wait.joined().size() + " of " + request.quorum() + " deployers joined: "
                    + String.join(", ", wait.joined());
        }
        if (decision instanceof Decision.Follow follow) {
            return "deployer " + follow.leader() + " applies the plan; deployer " + deployer + " waits.";
        }
        if (decision instanceof Decision.AwaitOther other) {
            return "deployer " + other.leader() + " applies another " + plan.stage() + " plan; deployer " + deployer
                    + " waits for it to finish.";
        }
        return "";
    }

    private static void say(String message) {
        if (!message.isEmpty()) {
            Scope.getCurrentScope().getUI().sendMessage("liquibase-syzygy quorum: " + message);
        }
    }

    private static QuorumFailedException failure(Finding finding) {
        return new QuorumFailedException(finding);
    }
}
