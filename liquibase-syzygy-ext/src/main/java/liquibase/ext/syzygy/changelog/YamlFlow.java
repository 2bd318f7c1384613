package liquibase.ext.syzygy.changelog;

/**
 * Reads a YAML flow mapping ({@code {id: a, author: "b", changes: [...]}}), possibly over several lines, for its
 * top-level {@code id} and {@code author}; nested collections and quoted strings are skipped whole.
 */
final class YamlFlow {

    /** The mapping's id and author (null when absent) and the index just after its closing brace. */
    record Mapping(String id, String author, int end) {}

    private YamlFlow() {}

    /** The mapping whose {@code {} is at {@code open}. */
    static Mapping mapping(CharSequence text, int open) {
        String id = null;
        String author = null;
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != '}') {
            int entryStart = i;
            i = Text.skipWhitespace(text, i);
            int keyEnd = scalarEnd(text, i, true);
            String key = YamlScalars.value(text, i, keyEnd);
            i = Text.skipWhitespace(text, keyEnd);
            if (Text.at(text, i) == ':') {
                i = Text.skipWhitespace(text, i + 1);
                int valueEnd = scalarEnd(text, i, false);
                String value = YamlScalars.value(text, i, valueEnd);
                id = "id".equals(key) && id == null ? value : id;
                author = "author".equals(key) && author == null ? value : author;
                i = Text.skipWhitespace(text, valueEnd);
            }
            i = Text.at(text, i) == ',' || i == entryStart ? i + 1 : i;
        }
        return new Mapping(id, author, Math.min(i + 1, text.length()));
    }

    /** The end of the key or value at {@code from}: a quoted string, a nested collection, or a plain scalar. */
    private static int scalarEnd(CharSequence text, int from, boolean key) {
        char first = Text.at(text, from);
        if (first == '"' || first == '\'') {
            return quotedEnd(text, from);
        }
        if (first == '{' || first == '[') {
            return collectionEnd(text, from);
        }
        int i = from;
        while (i < text.length() && !endsPlain(text, i, key)) {
            i++;
        }
        return i;
    }

    private static boolean endsPlain(CharSequence text, int i, boolean key) {
        char c = text.charAt(i);
        if (c == ',' || c == '}' || c == ']' || c == '\n' || c == '\r') {
            return true;
        }
        return key && c == ':' && (i + 1 == text.length() || " \t\r\n,{}[]".indexOf(text.charAt(i + 1)) >= 0);
    }

    private static int quotedEnd(CharSequence text, int from) {
        char quote = text.charAt(from);
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
            } else if (c == quote && !(quote == '\'' && Text.at(text, i + 1) == '\'')) {
                return i + 1;
            } else {
                i += c == quote ? 2 : 1;
            }
        }
        return text.length();
    }

    private static int collectionEnd(CharSequence text, int from) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = quotedEnd(text, i);
                continue;
            }
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            i++;
            if (depth == 0) {
                return i;
            }
        }
        return i;
    }
}
