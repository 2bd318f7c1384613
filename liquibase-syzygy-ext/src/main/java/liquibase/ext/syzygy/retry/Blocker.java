package liquibase.ext.syzygy.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A database session that held a lock the changeset needed when its lock wait timed out: what an operator needs to
 * find it (backend pid, application, client), judge it (state, how long its transaction has been open, its
 * query) and end it ({@code pg_terminate_backend(pid)}) or wait for it.
 *
 * @param pid the server backend's process id
 * @param application its {@code application_name}, possibly blank
 * @param client its client address, or {@code local socket}
 * @param state its state ({@code active}, {@code idle in transaction}, ...)
 * @param transactionAge how long its transaction has been open, if it is in one
 * @param query its current or last query, possibly blank
 * @param relations the tables it holds locks on that the changeset needed, possibly empty when unknown
 */
public record Blocker(
        int pid,
        String application,
        String client,
        String state,
        Optional<Duration> transactionAge,
        String query,
        List<String> relations) {

    /** Longest query text shown; the rest is cut, so one bad query cannot flood a deploy log. */
    static final int QUERY_CHARS = 200;

    public Blocker {
        Objects.requireNonNull(application, "application == null");
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(state, "state == null");
        Objects.requireNonNull(transactionAge, "transactionAge == null");
        Objects.requireNonNull(query, "query == null");
        relations = List.copyOf(relations);
    }

    /**
     * The sessions among {@code holders} that can have blocked a try that began {@code sinceTryBegan} before they
     * were looked up: those whose transaction was already open then. A lock asked for after the try began queued
     * behind it, so it cannot have blocked it; yet once the try gives up, the application's statements that queued
     * behind it get their locks, and they are among the holders when those are looked up. All of {@code holders}
     * when none qualifies (the blocker ended in between), so that the report still says who held locks. Order is
     * kept.
     */
    public static List<Blocker> heldThroughout(List<Blocker> holders, Duration sinceTryBegan) {
        List<Blocker> throughout = holders.stream()
                .filter(b -> b.transactionAge()
                        .filter(age -> age.compareTo(sinceTryBegan) >= 0)
                        .isPresent())
                .toList();
        return throughout.isEmpty() ? List.copyOf(holders) : throughout;
    }

    /**
     * One phrase: {@code backend pid 4242 (application 'report', client 10.0.0.7, idle in transaction, transaction
     * open 12 min 3 s, holds a lock on public.orders) running: SELECT ...}.
     */
    public String describe() {
        List<String> details = new ArrayList<>();
        if (!application.isBlank()) {
            details.add("application '" + application + "'");
        }
        details.add("client " + client);
        if (!state.isBlank()) {
            details.add(state);
        }
        transactionAge.ifPresent(age -> details.add("transaction open " + Durations.human(age)));
        if (!relations.isEmpty()) {
            details.add("holds a lock on " + String.join(", ", relations));
        }
        String text = "backend pid " + pid + " (" + String.join(", ", details) + ")";
        String oneLine = query.replaceAll("\\s+", " ").trim();
        if (oneLine.isEmpty()) {
            return text;
        }
        String shown = oneLine.length() > QUERY_CHARS ? oneLine.substring(0, QUERY_CHARS) + "..." : oneLine;
        return text + " query: " + shown;
    }
}
