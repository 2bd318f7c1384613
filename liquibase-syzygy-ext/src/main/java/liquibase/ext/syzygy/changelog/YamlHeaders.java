package liquibase.ext.syzygy.changelog;

/**
 * Finds {@code changeSet} mappings in a YAML changelog in one pass over its lines: block style
 * ({@code - changeSet:} then its keys one level deeper, {@code id} and {@code author} in any order, plain or quoted)
 * and flow style ({@code - changeSet: {id: a, author: b}}). A key is the changeset's own only at the mapping's
 * indentation, so an {@code id:} nested in its changes or in a block scalar does not count.
 */
final class YamlHeaders {

    private final CharSequence text;
    private final HeaderLines found;
    private int keyColumn = -1;
    private int childColumn;
    private int line;
    private String id;
    private String author;

    private YamlHeaders(CharSequence text) {
        this.text = text;
        this.found = new HeaderLines(text);
    }

    static HeaderLines scan(CharSequence text) {
        YamlHeaders scanner = new YamlHeaders(text);
        TextLines lines = new TextLines(text);
        while (lines.next()) {
            scanner.line(lines);
        }
        scanner.close();
        return scanner.found;
    }

    private void line(TextLines lines) {
        int content = YamlScalars.skipBlanks(text, lines.start(), lines.end());
        if (content == lines.end() || text.charAt(content) == '#') {
            return;
        }
        int indent = content - lines.start();
        if (keyColumn >= 0 && indent > keyColumn) {
            child(indent, content, lines.end());
            return;
        }
        close();
        open(lines, content);
    }

    /** A line inside the open changeSet mapping: its own keys sit at the first child line's indentation. */
    private void child(int indent, int content, int end) {
        if (childColumn < 0) {
            childColumn = indent;
        }
        if (indent != childColumn) {
            return;
        }
        YamlScalars.Entry entry = YamlScalars.entry(text, content, end);
        if (entry == null) {
            return;
        }
        if (entry.key().equals("id") && id == null) {
            id = YamlScalars.value(text, entry.valueStart(), end);
        } else if (entry.key().equals("author") && author == null) {
            author = YamlScalars.value(text, entry.valueStart(), end);
        }
    }

    /** A line that may open a changeSet: {@code changeSet:} after any {@code - } sequence indicators. */
    private void open(TextLines lines, int content) {
        int key = YamlScalars.skipSequenceIndicators(text, content, lines.end());
        YamlScalars.Entry entry = YamlScalars.entry(text, key, lines.end());
        if (entry == null || !entry.key().equals("changeSet")) {
            return;
        }
        int value = YamlScalars.skipBlanks(text, entry.valueStart(), lines.end());
        if (Text.at(text, value) == '{' && value < lines.end()) {
            YamlFlow.Mapping mapping = YamlFlow.mapping(text, value);
            found.atLine(lines.number(), mapping.id(), mapping.author());
            lines.moveTo(mapping.end() - 1);
            return;
        }
        keyColumn = key - lines.start();
        childColumn = -1;
        line = lines.number();
        id = null;
        author = null;
    }

    private void close() {
        if (keyColumn >= 0) {
            found.atLine(line, id, author);
            keyColumn = -1;
        }
    }
}
