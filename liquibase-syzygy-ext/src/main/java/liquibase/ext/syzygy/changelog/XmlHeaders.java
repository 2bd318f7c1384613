package liquibase.ext.syzygy.changelog;

/**
 * Finds {@code <changeSet>} start tags in an XML changelog in one pass: any namespace prefix, attributes in any
 * order, either quote, over several lines, with a {@code >} inside a value; comments, CDATA, processing
 * instructions and the DOCTYPE are skipped, so a commented-out changeset is not found. Only the attributes named
 * exactly {@code id} and {@code author} count ({@code dbms-id} or {@code x:id} do not).
 */
final class XmlHeaders {

    private final CharSequence text;
    private final HeaderLines found;
    private String id;
    private String author;

    private XmlHeaders(CharSequence text) {
        this.text = text;
        this.found = new HeaderLines(text);
    }

    static HeaderLines scan(CharSequence text) {
        XmlHeaders scanner = new XmlHeaders(text);
        int i = Text.indexOf(text, '<', 0);
        while (i < text.length()) {
            i = Text.indexOf(text, '<', scanner.markup(i));
        }
        return scanner.found;
    }

    /** Skips the markup that starts at {@code start} (a {@code <}), recording a changeset tag; returns its end. */
    private int markup(int start) {
        if (Text.startsWith(text, "<!--", start)) {
            return Text.skipPast(text, "-->", start + 4);
        }
        if (Text.startsWith(text, "<![CDATA[", start)) {
            return Text.skipPast(text, "]]>", start + 9);
        }
        if (Text.startsWith(text, "<?", start)) {
            return Text.skipPast(text, "?>", start + 2);
        }
        if (Text.startsWith(text, "<!", start)) {
            return declaration(start + 2);
        }
        return tag(start);
    }

    /** Skips a {@code <!DOCTYPE ...>} with its internal subset in brackets. */
    private int declaration(int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private int tag(int start) {
        int nameEnd = nameEnd(start + 1);
        boolean changeSet = isChangeSet(start + 1, nameEnd);
        id = null;
        author = null;
        int end = attributes(nameEnd, changeSet);
        if (changeSet) {
            found.atOffset(start, id, author);
        }
        return end;
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < text.length() && !isNameEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameEnd(char c) {
        return Character.isWhitespace(c) || c == '>' || c == '/' || c == '=' || c == '"' || c == '\'' || c == '<';
    }

    private boolean isChangeSet(int from, int to) {
        String local = "changeSet";
        int localStart = to - local.length();
        if (localStart < from || !Text.startsWith(text, local, localStart)) {
            return false;
        }
        return localStart == from || (text.charAt(localStart - 1) == ':' && localStart - 1 > from);
    }

    /** Reads the attributes up to the tag's {@code >}; keeps {@code id} and {@code author} when asked to. */
    private int attributes(int from, boolean keep) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>' || c == '<') {
                return c == '>' ? i + 1 : i;
            }
            if (isNameEnd(c)) {
                i++;
                continue;
            }
            i = attribute(i, keep);
        }
        return i;
    }

    private int attribute(int nameStart, boolean keep) {
        int nameEnd = nameEnd(nameStart);
        int i = Text.skipWhitespace(text, nameEnd);
        if (Text.at(text, i) != '=') {
            return i;
        }
        i = Text.skipWhitespace(text, i + 1);
        char quote = Text.at(text, i);
        if (quote != '"' && quote != '\'') {
            return i;
        }
        int valueEnd = Text.indexOf(text, quote, i + 1);
        if (keep && valueEnd < text.length()) {
            keep(text.subSequence(nameStart, nameEnd).toString(), XmlValues.decode(text, i + 1, valueEnd));
        }
        return Math.min(valueEnd + 1, text.length());
    }

    private void keep(String name, String value) {
        if (name.equals("id") && id == null) {
            id = value;
        } else if (name.equals("author") && author == null) {
            author = value;
        }
    }
}
