package liquibase.ext.syzygy.changelog;

/**
 * Forward-only helpers over a changelog's text, so that every header scanner reads each character a bounded number
 * of times (no substrings of the remaining text, no re-scans from the start).
 */
final class Text {

    private Text() {}

    /** The first index of {@code c} at or after {@code from}, or {@code text.length()} when there is none. */
    static int indexOf(CharSequence text, char c, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != c) {
            i++;
        }
        return i;
    }

    /** The index just after the first {@code token} at or after {@code from}, or {@code text.length()}. */
    static int skipPast(CharSequence text, String token, int from) {
        int i = from;
        while (i < text.length()) {
            i = indexOf(text, token.charAt(0), i);
            if (startsWith(text, token, i)) {
                return i + token.length();
            }
            i++;
        }
        return text.length();
    }

    /** Whether {@code token} occurs at {@code at}. */
    static boolean startsWith(CharSequence text, String token, int at) {
        if (at < 0 || at + token.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (text.charAt(at + i) != token.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first index at or after {@code from} that is not a space, tab or line break. */
    static int skipWhitespace(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The character at {@code at}, or 0 past the end. */
    static char at(CharSequence text, int at) {
        return at < text.length() ? text.charAt(at) : 0;
    }
}
