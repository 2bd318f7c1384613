package liquibase.ext.syzygy.changelog;

/**
 * Walks a changelog's text line by line without copying it: each line's bounds and 1-based number. Line breaks are
 * {@code \n}, {@code \r\n} and a lone {@code \r}, as {@code BufferedReader.readLine()} (which Liquibase's formatted
 * SQL parser uses) splits them.
 */
final class TextLines {

    private final CharSequence text;
    private int next;
    private int start;
    private int end;
    private int number;

    TextLines(CharSequence text) {
        this.text = text;
    }

    /** Moves to the next line; false at the end of the text. */
    boolean next() {
        if (next >= text.length()) {
            return false;
        }
        start = next;
        number++;
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        end = i;
        if (i < text.length() && text.charAt(i) == '\r' && Text.at(text, i + 1) == '\n') {
            i++;
        }
        next = i + 1;
        return true;
    }

    /** Moves on until the current line is the one holding {@code offset}. */
    void moveTo(int offset) {
        while (next <= offset && next()) {
            // each line is read once more at most: the caller has just read up to offset
        }
    }

    int start() {
        return start;
    }

    /** The index of the current line's break (or of the end of the text). */
    int end() {
        return end;
    }

    int number() {
        return number;
    }
}
