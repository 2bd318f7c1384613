package liquibase.ext.syzygy.changelog;

/** Reads JSON string and literal tokens with their escapes, for {@link JsonHeaders}. */
final class JsonStrings {

    /** A decoded token and the index just after it. */
    record Token(String value, int end) {}

    private JsonStrings() {}

    /** The string whose opening quote is at {@code start}. */
    static Token read(CharSequence text, int start) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i = escape(text, i + 1, value);
            } else {
                value.append(c);
                i++;
            }
        }
        return new Token(value.toString(), Math.min(i + 1, text.length()));
    }

    /** A number, {@code true}, {@code false} or {@code null} at {@code start}, as its text. */
    static Token literal(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && isLiteral(text.charAt(i))) {
            i++;
        }
        return new Token(text.subSequence(start, i).toString(), i);
    }

    private static boolean isLiteral(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+';
    }

    /** Appends the escape whose letter is at {@code at} and returns the index after it. */
    private static int escape(CharSequence text, int at, StringBuilder value) {
        char c = text.charAt(at);
        if (c == 'u' && at + 4 < text.length()) {
            try {
                value.append(
                        (char) Integer.parseInt(text.subSequence(at + 1, at + 5).toString(), 16));
                return at + 5;
            } catch (NumberFormatException e) {
                value.append(c);
                return at + 1;
            }
        }
        value.append(
                switch (c) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> c;
                });
        return at + 1;
    }
}
