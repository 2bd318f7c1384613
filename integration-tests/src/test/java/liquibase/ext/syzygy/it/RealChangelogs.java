package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Changelogs in the shapes real projects have (written here, in those shapes): a generated CRUD application, a long
 * XML product history, a YAML + formatted-SQL backend. Each has a {@code master} (the history) and a
 * {@code master-next} (the history plus the next release, written for the extension). They are copied into the
 * samples search path, so their paths, and so their changeset ids, start with {@code realistic/}.
 */
enum RealChangelogs {
    CRUD_APP("crud-app", "master.xml", "master-next.xml", List.of(DbKind.POSTGRESQL)),
    LEGACY_XML("legacy-xml", "master.xml", "master-next.xml", List.of(DbKind.POSTGRESQL)),
    SQL_SERVICE("sql-service", "master.yaml", "master-next.yaml", List.of(DbKind.POSTGRESQL, DbKind.SQLITE));

    private static boolean copied;

    private final String dir;
    private final String history;
    private final String next;
    private final List<DbKind> databases;

    RealChangelogs(String dir, String history, String next, List<DbKind> databases) {
        this.dir = dir;
        this.history = history;
        this.next = next;
        this.databases = databases;
    }

    /** The history's root changelog, relative to the search path. */
    String history() {
        copyOnce();
        return "realistic/" + dir + "/" + history;
    }

    /** The history plus the next release. */
    String next() {
        copyOnce();
        return "realistic/" + dir + "/" + next;
    }

    /** The changelog path of one of its files, as changeset ids show it. */
    String file(String relative) {
        return "realistic/" + dir + "/" + relative;
    }

    /** The databases the project supports (Liquibase core cannot run a JHipster-style changelog on SQLite). */
    List<DbKind> databases() {
        return databases;
    }

    @Override
    public String toString() {
        return dir;
    }

    private static synchronized void copyOnce() {
        if (copied) {
            return;
        }
        URL marker = RealChangelogs.class.getClassLoader().getResource("realistic/crud-app/master.xml");
        if (marker == null) {
            throw new IllegalStateException("realistic/ is not on the test classpath");
        }
        try {
            Path from = Paths.get(marker.toURI()).getParent().getParent();
            Samples.copyTree(from, Samples.root().resolve("realistic"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        copied = true;
    }
}
