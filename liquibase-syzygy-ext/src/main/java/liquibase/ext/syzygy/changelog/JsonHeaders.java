package liquibase.ext.syzygy.changelog;

/**
 * Finds {@code "changeSet": {...}} objects in a JSON changelog in one pass over its tokens. Only the object's own
 * {@code id} and {@code author} members count, in any order, string or number (typed as SnakeYAML, Liquibase's JSON
 * reader, types it); a member of the same name nested
 * deeper (inside {@code changes}) does not.
 */
final class JsonHeaders {

    private final CharSequence text;
    private final HeaderLines found;
    private int depth;
    private int changeSetDepth = -1;
    private int changeSetStart;
    private String id;
    private String author;

    private JsonHeaders(CharSequence text) {
        this.text = text;
        this.found = new HeaderLines(text);
    }

    static HeaderLines scan(CharSequence text) {
        JsonHeaders scanner = new JsonHeaders(text);
        int i = 0;
        while (i < text.length()) {
            i = scanner.token(i);
        }
        return scanner.found;
    }

    /** Reads the token at {@code i} and returns the index after it. */
    private int token(int i) {
        char c = text.charAt(i);
        if (c == '"') {
            return string(i);
        }
        if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            close();
        }
        return i + 1;
    }

    private void close() {
        if (depth == changeSetDepth) {
            found.atOffset(changeSetStart, id, author);
            changeSetDepth = -1;
        }
        depth--;
    }

    /** A string at {@code start}: a member name when a {@code :} follows it, then maybe an interesting value. */
    private int string(int start) {
        JsonStrings.Token name = JsonStrings.read(text, start);
        int colon = Text.skipWhitespace(text, name.end());
        if (Text.at(text, colon) != ':') {
            return name.end();
        }
        int value = Text.skipWhitespace(text, colon + 1);
        if (depth == changeSetDepth
                && (name.value().equals("id") || name.value().equals("author"))) {
            return member(name.value(), value);
        }
        if (name.value().equals("changeSet") && Text.at(text, value) == '{' && changeSetDepth < 0) {
            depth++;
            changeSetDepth = depth;
            changeSetStart = start;
            id = null;
            author = null;
            return value + 1;
        }
        return colon + 1;
    }

    private int member(String name, int value) {
        boolean string = Text.at(text, value) == '"';
        JsonStrings.Token token = string ? JsonStrings.read(text, value) : JsonStrings.literal(text, value);
        // Liquibase reads JSON with SnakeYAML, which types 1.10 as the number 1.1
        String resolved = string ? token.value() : YamlScalars.resolve(token.value());
        if (name.equals("id") && id == null) {
            id = resolved;
        } else if (name.equals("author") && author == null) {
            author = resolved;
        }
        return token.end();
    }
}
