package liquibase.ext.syzygy.quorum;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One look at the coordination table, as a deployer sees it.
 *
 * @param me the deployer's own row
 * @param quorum how many deployers with the same plan must join
 * @param rows the rows of the deployer's stage (every namespace), including its own
 * @param now the database clock, epoch milliseconds
 * @param liveLeaders the namespaces whose leader still holds its lock (PostgreSQL session advisory lock, SQLite
 *     file lock): the server or the OS frees it when the leader dies
 * @param awaited the namespace of another plan's leader this deployer waits for, if any
 * @param timedOut whether the quorum timeout has passed since the deployer joined
 */
public record QuorumView(
        Member me,
        int quorum,
        List<Member> rows,
        long now,
        Set<String> liveLeaders,
        Optional<String> awaited,
        boolean timedOut) {

    public QuorumView {
        Objects.requireNonNull(me, "me == null");
        rows = List.copyOf(rows);
        liveLeaders = Set.copyOf(liveLeaders);
        Objects.requireNonNull(awaited, "awaited == null");
    }
}
