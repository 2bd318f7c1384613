package liquibase.ext.syzygy.changelog;

/**
 * The 1-based line of an offset, counted incrementally from the previous offset asked for, so that asking for the
 * changesets of a file in order costs one pass over it. Line breaks are {@code \n}, {@code \r\n} and a lone
 * {@code \r}, as Liquibase's readers and editors count them.
 */
final class LineCounter {

    private final CharSequence text;
    private int offset;
    private int line = 1;

    LineCounter(CharSequence text) {
        this.text = text;
    }

    /** The line {@code target} is on; an offset before the previous one restarts the count. */
    int lineOf(int target) {
        if (target < offset) {
            offset = 0;
            line = 1;
        }
        for (; offset < target; offset++) {
            char c = text.charAt(offset);
            if (c == '\n' || (c == '\r' && Text.at(text, offset + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
