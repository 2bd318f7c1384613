package liquibase.ext.syzygy.lock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds the deployment lock, as far as the lock mechanism can tell: a PostgreSQL backend (its process id, the
 * client's address and application name) or an operating-system process (its pid and host). Shown to waiting
 * deployers, in timeouts and by {@code list-locks}, so that an operator knows which process to wait for or stop.
 *
 * @param kind what {@code pid} is the id of, e.g. {@code backend pid} or {@code pid}
 * @param pid the process id
 * @param host the client address or host name, if known
 * @param application the application name, if known
 * @param since when the holder took the lock (or, if unknown, started its session), if known
 */
public record LockHolder(
        String kind, String pid, Optional<String> host, Optional<String> application, Optional<Instant> since) {

    public LockHolder {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(pid, "pid == null");
        Objects.requireNonNull(host, "host == null");
        Objects.requireNonNull(application, "application == null");
        Objects.requireNonNull(since, "since == null");
    }

    /** One phrase: {@code backend pid 4242 (application 'deployer-a', client 10.0.0.7) since 2026-12-01T13:00:00Z}. */
    public String describe() {
        List<String> details = new ArrayList<>();
        application.filter(a -> !a.isBlank()).ifPresent(a -> details.add("application '" + a + "'"));
        host.filter(h -> !h.isBlank()).ifPresent(h -> details.add(hostLabel() + " " + h));
        String text = kind + " " + pid + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
        return since.map(s -> text + " since " + s).orElse(text);
    }

    private String hostLabel() {
        return kind.startsWith("backend") ? "client" : "host";
    }
}
