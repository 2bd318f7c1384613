package liquibase.ext.syzygy.lock;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the SQLite lock file lives and what it says. The lock is an OS lock on {@code <database file>.syzygy-lock}
 * (the kernel frees it when the holding process dies); the file also records its holder (pid, host, since) so that
 * waiters and {@code list-locks} can name it. The file is never deleted: deleting a lock file races with a process
 * that has just opened it.
 */
public final class SqliteLockFile {

    /** Appended to the database file's name. */
    public static final String SUFFIX = ".syzygy-lock";

    private SqliteLockFile() {}

    /**
     * The lock file of the database at the JDBC URL {@code url}, or empty for an in-memory database or a URL that
     * names no file (those fall back to Liquibase's table lock).
     */
    public static Optional<Path> forUrl(String url) {
        if (url == null || !url.startsWith("jdbc:sqlite:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String options = query < 0 ? "" : rest.substring(query + 1).toLowerCase(Locale.ROOT);
        String location = query < 0 ? rest : rest.substring(0, query);
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.isBlank()
                || location.contains(":memory:")
                || options.contains("mode=memory")
                || location.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Paths.get(location + SUFFIX).toAbsolutePath().normalize());
    }

    /** The text a holder writes into the lock file. */
    public static String record(LockHolder holder) {
        StringBuilder text = new StringBuilder();
        text.append("pid=").append(holder.pid()).append('\n');
        holder.host().ifPresent(h -> text.append("host=").append(h).append('\n'));
        holder.application()
                .ifPresent(a -> text.append("application=").append(a).append('\n'));
        holder.since().ifPresent(s -> text.append("since=").append(s).append('\n'));
        return text.toString();
    }

    /** The holder a lock file's text names, or empty if it names none (never written, or unreadable). */
    public static Optional<LockHolder> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.StringReader(text));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String pid = properties.getProperty("pid");
        if (pid == null || pid.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> since;
        try {
            since = Optional.ofNullable(properties.getProperty("since")).map(Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            since = Optional.empty();
        }
        return Optional.of(new LockHolder(
                "pid",
                pid.trim(),
                Optional.ofNullable(properties.getProperty("host")),
                Optional.ofNullable(properties.getProperty("application")),
                since));
    }
}
