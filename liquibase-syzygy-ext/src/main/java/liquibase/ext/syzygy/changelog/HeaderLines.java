package liquibase.ext.syzygy.changelog;

import java.util.HashMap;
import java.util.Map;

/**
 * What a header scanner found: the line of each changeset, keyed by {@link ChangeSetLines#key(String, String)}.
 * The first header wins when an id and author repeat (Liquibase refuses duplicates anyway).
 */
final class HeaderLines {

    private final LineCounter counter;
    private final Map<String, Integer> lines = new HashMap<>();

    HeaderLines(CharSequence text) {
        this.counter = new LineCounter(text);
    }

    /** Records the changeset whose header starts at {@code offset}; a missing id or author records nothing. */
    void atOffset(int offset, String id, String author) {
        if (id != null && author != null) {
            atLine(counter.lineOf(offset), id, author);
        }
    }

    /** Records the changeset whose header is on {@code line}; a missing id or author records nothing. */
    void atLine(int line, String id, String author) {
        if (id != null && author != null) {
            lines.putIfAbsent(ChangeSetLines.key(id, author), line);
        }
    }

    Map<String, Integer> lines() {
        return lines;
    }
}
